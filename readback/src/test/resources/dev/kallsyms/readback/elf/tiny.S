	.section .rodata, "a"
.globl kallsyms_markers
	.balign 4
kallsyms_markers:
	.long 0, 1, 2
.globl kallsyms_token_table
	.balign 4
kallsyms_token_table:
	.byte 1, 2, 3, 0
