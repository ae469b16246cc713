# lit configuration for the execution tests in tests/run.
#
# Each test is a C program that prints its results. Its RUN lines build it with the reference
# compiler (%cc, gcc) and with the compiler under test (%minicc), run both and diff the outputs,
# so gcc is the oracle and no expected output is stored.
#
# Run through CTest (the `run` test) or directly:
#   python3 /usr/lib/llvm-14/build/utils/lit/lit.py -sv build/tests/run
# Both compilers are parameters, so the harness itself can be proven with a stand-in:
#   lit.py -sv build/tests/run --param minicc=clang
#   lit.py -sv build/tests/run --param minicc="clang -fsanitize=undefined -fno-sanitize-recover=all" \
#          --param cc="gcc -fsanitize=undefined,address -fno-sanitize-recover=all"
import os

import lit.formats

config.name = "minicc-run"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".test"]
config.excludes = ["Inputs"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.minicc_build_dir, "tests", "run-out")

config.environment["PATH"] = os.pathsep.join(
    [os.path.dirname(config.minicc_path), config.environment.get("PATH", os.environ["PATH"])])
config.environment["LC_ALL"] = "C"
for name in ["ASAN_OPTIONS", "UBSAN_OPTIONS"]:
    if name in os.environ:
        config.environment[name] = os.environ[name]

config.substitutions.append(("%minicc", lit_config.params.get("minicc", config.minicc_path)))
config.substitutions.append(("%cc", lit_config.params.get("cc", "gcc")))
config.substitutions.append(("%inputs", os.path.join(config.test_source_root, "Inputs")))
