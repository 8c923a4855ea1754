// Clusters longer than a curses cell holds (CCHARW_MAX code points: a family emoji, a letter
// under many marks) are written to the terminal directly, after the refresh that drew their
// first code points: the cursor and attributes saved (DECSC), the cell's look set from terminfo,
// the whole cluster, then the cursor and attributes restored (DECRC), so what curses believes
// of the terminal stays true. Kept apart from shim.c: <term.h> defines names such as `lines`.
#include "CNcursesw.h"
#include <ncursesw/term.h>
#include <string.h>
#include <unistd.h>

static char out[4096];
static size_t used;

static void add(const char *s) {
    if (s == NULL || s == (char *)-1) return;
    size_t n = strlen(s);
    if (used + n < sizeof out) { memcpy(out + used, s, n); used += n; }
}

void vita_put_whole(int y, int x, const char *utf8, int attrs, short pair) {
    used = 0;
    add("\0337");
    add(tiparm(cursor_address, y, x));
    add(exit_attribute_mode);
    if (attrs & VITA_BOLD) add(enter_bold_mode);
    if (attrs & VITA_REVERSE) add(enter_reverse_mode);
    if (attrs & VITA_UNDERLINE) add(enter_underline_mode);
    if (attrs & VITA_DIM) add(enter_dim_mode);
    short fg = -1, bg = -1;
    if (pair > 0 && pair_content(pair, &fg, &bg) == OK) {
        if (fg >= 0 && set_a_foreground) add(tiparm(set_a_foreground, fg));
        if (bg >= 0 && set_a_background) add(tiparm(set_a_background, bg));
    }
    add(utf8);
    add("\0338");
    fflush(stdout);
    size_t done = 0;
    while (done < used) {
        ssize_t n = write(STDOUT_FILENO, out + done, used - done);
        if (n <= 0) break;
        done += (size_t)n;
    }
}
