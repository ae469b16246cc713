# lit configuration for minicc's golden, diagnostics and execution tests.
# Run through CTest (tests/CMakeLists.txt) or directly:
#   python3 /usr/lib/llvm-14/build/utils/lit/lit.py -sv build/tests/lit
import os
import lit.formats

config.name = "minicc"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".ir", ".test"]
config.excludes = ["Inputs", "tools"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.minicc_build_dir, "tests", "lit-out")

llvm_bin = "/usr/lib/llvm-14/bin"
config.environment["PATH"] = os.pathsep.join(
    [os.path.dirname(config.minicc_path), llvm_bin, config.environment.get("PATH", os.environ["PATH"])])
config.environment["LC_ALL"] = "C"

# %expect-exit N cmd…: succeeds only if cmd exits with status N (1 user error, 4 internal error).
config.substitutions.append(("%expect-exit", "/bin/sh " + os.path.join(config.test_source_root, "tools", "expect-exit.sh")))
config.substitutions.append(("%minicc", config.minicc_path))
config.substitutions.append(("%FileCheck", os.path.join(llvm_bin, "FileCheck")))
config.substitutions.append(("%cc", "gcc"))
config.substitutions.append(("%inputs", os.path.join(config.test_source_root, "Inputs")))
