int counter = 3;
static int hidden[4] = {1, 2, 3, 4};
const char kallsyms_names[] = "abc";
static int helper(int x) { return x + hidden[x & 3]; }
int _start(void) { counter = helper(counter); for (;;) ; }
