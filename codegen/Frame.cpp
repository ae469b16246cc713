// codegen/Frame.cpp — stack frame layout (see Frame.h).
//
// Provides: layoutFrame. Needs: MachineIR.h.
//
// The frame of every function minicc emits:
//
//        higher addresses
//      +----------------------------+
//      | stack argument n           |  16+8k(%rbp)   incoming arguments 7+ (psABI 3.2.3)
//      | stack argument 7           |  16(%rbp)
//      +----------------------------+
//      | return address             |   8(%rbp)      pushed by `call`
//      | caller's %rbp              |   0(%rbp)  <- %rbp (16-byte aligned)
//      +----------------------------+
//      | saved %rbx / %r12-%r15     |  -8(%rbp) ...  only the callee-saved registers written
//      +----------------------------+
//      | allocas (own alignment),   |
//      | aggregate copies/temps,    |
//      | register save area (176)   |  variadic functions: filled by the prologue
//      | spill slots                |
//      | padding to 16              |
//      +----------------------------+
//      | dynamic allocations (VLAs) |  each above the outgoing area at the time it is made
//      +----------------------------+
//      | outgoing stack arguments   |  0(%rsp) ...   the largest area any call needs
//      +----------------------------+ <- %rsp (16-byte aligned at every call)
//        lower addresses
//
// At entry %rsp + 8 is 16-byte aligned (psABI 3.2.2); after `pushq %rbp` %rsp is aligned, so
// %rbp is, and the pushes plus `subq $stackAdjust` are rounded to a multiple of 16.
// A leaf function whose locals fit in the 128-byte red zone below %rsp does not move %rsp.
#include "codegen/Frame.h"

#include "ir/Diagnostics.h"

namespace minicc::codegen {

namespace {

constexpr std::uint64_t RedZoneBytes = 128;

std::uint64_t alignTo(std::uint64_t v, std::uint64_t a) {
  return (v + a - 1) / a * a;
}

void resolveFrameIndices(MachineFunction& mf) {
  for (MBlock& block : mf.blocks) {
    for (MInstr& instr : block.instrs) {
      for (MOperand& op : instr.ops) {
        if (op.isMem() && op.mem.aboveOutgoingArea) {
          op.mem.disp += static_cast<std::int64_t>(mf.outgoingArgBytes);
          op.mem.aboveOutgoingArea = false;
        }
        if (!op.isMem() || op.mem.frameIndex < 0) continue;
        op.mem.base = RBP;
        op.mem.disp += mf.frameObjects[op.mem.frameIndex].offset;
        op.mem.frameIndex = -1;
      }
    }
  }
}

} // namespace

void layoutFrame(MachineFunction& mf) {
  std::uint64_t savedBytes = 8 * mf.savedRegs.size();
  std::uint64_t depth = savedBytes; // bytes below %rbp used so far
  for (FrameObject& object : mf.frameObjects) {
    if (object.align > 16)
      internalError("frame object alignment above 16 reached frame layout in '" + mf.name + "'");
    depth = alignTo(depth + object.size, object.align ? object.align : 1);
    object.offset = -static_cast<std::int64_t>(depth);
  }
  // Dynamic blocks start just above the outgoing area and must stay 16-byte aligned.
  if (mf.hasDynamicStack) mf.outgoingArgBytes = alignTo(mf.outgoingArgBytes, 16);
  std::uint64_t total = alignTo(depth + mf.outgoingArgBytes, 16);
  mf.stackAdjust = total - savedBytes;
  if (!mf.hasCalls && !mf.hasDynamicStack && mf.stackAdjust <= RedZoneBytes) mf.stackAdjust = 0;
  resolveFrameIndices(mf);
}

} // namespace minicc::codegen
