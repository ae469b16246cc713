// The other translation unit of old_style_definitions.c: an old-style definition called from
// there without a prototype, and one that calls back.
int other_sum(a, b, c) int a; short b; double c; { return a + b + (int)(c * 2); }
int other_float(f) float f; { return (int)(f * 100); }
