/* Parses, but semantic analysis rejects it: the name was never declared. */
int use(void) {
  return missing_name;
}
