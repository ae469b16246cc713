-- runone.lua: runs one file of Lua's test suite (testes/) the way testes/all.lua runs it, so
-- each file can pass or fail on its own. Used by tests/lua/run.sh from inside testes/:
--
--   ../lua -e "_soft=true" /path/to/runone.lua calls.lua
--
-- What it copies from all.lua (Lua 5.4.7): the globals the files look for (ARG, Message, the
-- internal test library T when the interpreter was built with ltests.h), the C locale, and per
-- file how all.lua loads it: most go through string.dump and load (exercising ldump.c and
-- lundump.c), some stripped; gc.lua, strings.lua and literals.lua are run from source;
-- big.lua runs inside a coroutine; several files must return a known value.
-- Exit status 0 means the file ran to its end and returned what all.lua expects.

local name = assert(arg[1], "usage: runone.lua FILE.lua")

_G.ARG = arg
_soft = rawget(_G, "_soft") or false
_port = rawget(_G, "_port") or false
_nomsg = rawget(_G, "_nomsg") or false
debug = nil
T = rawget(_G, "T")

function Message (m)
  if not _nomsg then print(m) end
end

assert(os.setlocale"C")

-- How all.lua loads each file: "source" (dofile), "dump", "strip" (dump without debug
-- information), "coroutine" (big.lua yields 'b' then returns 'a').
local how = {
  ["gc.lua"] = "source", ["strings.lua"] = "source", ["literals.lua"] = "source",
  ["code.lua"] = "strip", ["goto.lua"] = "strip", ["sort.lua"] = "strip",
  ["verybig.lua"] = "strip", ["big.lua"] = "coroutine",
}

-- What all.lua asserts about a file's results (calls.lua returns the global function 'deep').
local expected = {
  ["attrib.lua"] = function (r) return r == 27 end,
  ["locals.lua"] = function (r) return r == 5 end,
  ["events.lua"] = function (r) return r == 12 end,
  ["verybig.lua"] = function (r) return r == 10 end,
  ["calls.lua"] = function (r) return r == rawget(_G, "deep") and r ~= nil end,
}

local function load_dumped (strip)
  local f = assert(loadfile(name))
  return assert(load(string.dump(f, strip)))
end

local mode = how[name] or "dump"
local result
if mode == "source" then
  result = assert(loadfile(name))()
elseif mode == "coroutine" then
  if _soft then return end   -- all.lua skips big.lua when _soft
  local f = coroutine.wrap(assert(loadfile(name)))
  assert(f() == 'b')
  result = f()
  assert(result == 'a')
else
  result = load_dumped(mode == "strip")()
end

local check = expected[name]
if check and not check(result) then
  error(string.format("%s returned %s, all.lua expects otherwise", name, tostring(result)))
end
print(string.format("runone: %s OK", name))
