// A header function for debug-lines.c: its code is under the header's name.
static int twice(int x) {
  return x * 2;
}
