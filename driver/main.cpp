// Placeholder driver until the real one lands.
#include <cstdio>

int main() {
  std::puts("minicc: not implemented yet");
  return 1;
}
