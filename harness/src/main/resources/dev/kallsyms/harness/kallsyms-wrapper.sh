#!/bin/sh
# Installed by the kallsyms harness as scripts/kallsyms of one output tree.
#
# The link script calls it once per kallsyms pass. Each call gets its own directory under
# $KALLSYMS_HARNESS_RECORDS (0, 1, 2, ... in call order) that keeps: the arguments, the name of the file
# standard output goes to (which tells the pass), the input map, the output, standard error, exit status
# and wall time of both the tree's own C program and the Java generator, and a record.properties. The build
# gets the Java generator's output and exit status (the C program's with KALLSYMS_HARNESS_LINK=c). With KALLSYMS_HARNESS_STOP_ON_MISMATCH=1 a mismatch
# fails the call at once.
#
# KALLSYMS_HARNESS_TEST_FAULT (set only by the harness's own tests) makes a test double of a call:
#   corrupt-java:<call>   change one byte of the Java output (a wrong generator)
#   extra-symbol:<call>   add one symbol to the map both programs read (a link whose passes differ)
set -u
records=${KALLSYMS_HARNESS_RECORDS:?}
c_program=${KALLSYMS_HARNESS_C_PROGRAM:?}
jar=${KALLSYMS_HARNESS_JAR:?}
generation=${KALLSYMS_HARNESS_GENERATION:?}

mkdir -p "$records"
call=0
while ! mkdir "$records/$call" 2>/dev/null; do
    call=$((call + 1))
done
dir=$records/$call
printf '%s\n' "$@" > "$dir/args"
# $(...) runs in a subshell whose own standard output is a pipe; /proc/$$ still shows the wrapper's
stdout_target=$(readlink "/proc/$$/fd/1" 2>/dev/null || true)
printf '%s\n' "$stdout_target" > "$dir/stdout-target"

now() { date +%s%N; }

# Hard links to the link's temporary files as they are now: 5.10's link script deletes them all when it
# fails, and the harness still wants to read every pass's ELF.
mkdir "$dir/tree"
for f in .tmp_vmlinux*; do
    if [ -f "$f" ]; then ln -f "$f" "$dir/tree/" 2>/dev/null || true; fi
done

# The map is the last argument that is not an option; without one (5.10) it comes on standard input.
map=
for arg in "$@"; do
    case $arg in
        -*) ;;
        *) map=$arg ;;
    esac
done
if [ -n "$map" ]; then
    cp "$map" "$dir/input.map"
else
    cat > "$dir/input.map"
fi

fault=
case ${KALLSYMS_HARNESS_TEST_FAULT:-} in
    *:"$call") fault=${KALLSYMS_HARNESS_TEST_FAULT%%:*} ;;
esac
if [ "$fault" = extra-symbol ]; then
    # a copy of _stext under a new name: inside the text range, so every generation keeps it
    text_line=$(grep -m1 -E '^[0-9a-fA-F]+ [Tt] _stext$' "$dir/input.map")
    printf '%s__harness_extra\n' "$text_line" >> "$dir/input.map"
fi

# Both programs read the saved map, so they see exactly the same bytes.
for arg do
    shift
    if [ -n "$map" ] && [ "$arg" = "$map" ]; then
        arg=$dir/input.map
    fi
    set -- "$@" "$arg"
done
if [ -n "$map" ]; then stdin=/dev/null; else stdin=$dir/input.map; fi

start=$(now)
"$c_program" "$@" < "$stdin" > "$dir/c.out" 2> "$dir/c.err"
c_exit=$?
c_end=$(now)
# shellcheck disable=SC2086 # options are words
java ${KALLSYMS_HARNESS_JAVA_OPTS:-} -jar "$jar" --kernel-version "$generation" "$@" \
    < "$stdin" > "$dir/java.out" 2> "$dir/java.err"
java_exit=$?
java_end=$(now)

if [ "$fault" = corrupt-java ]; then
    sed -i '0,/0x0/s//0x1/' "$dir/java.out"
fi

if [ "$c_exit" = "$java_exit" ] && cmp -s "$dir/c.out" "$dir/java.out"; then equal=true; else equal=false; fi

cat > "$dir/record.properties" <<EOF
call=$call
c.exit=$c_exit
c.nanos=$((c_end - start))
java.exit=$java_exit
java.nanos=$((java_end - c_end))
equal=$equal
map.on.stdin=$([ -n "$map" ] && echo false || echo true)
fault=$fault
EOF

linked=java
if [ "${KALLSYMS_HARNESS_LINK:-java}" = c ]; then linked=c; fi
echo "linked=$linked" >> "$dir/record.properties"
cat "$dir/$linked.out"
if [ "$equal" = false ] && [ "${KALLSYMS_HARNESS_STOP_ON_MISMATCH:-0}" = 1 ]; then
    echo "kallsyms harness: the Java generator and the C program disagree in call $call (stopping; see $dir)" >&2
    exit 99
fi
if [ "$linked" = c ]; then exit "$c_exit"; fi
exit "$java_exit"
