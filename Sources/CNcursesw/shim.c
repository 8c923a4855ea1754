#include "CNcursesw.h"
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include <wchar.h>

static volatile sig_atomic_t pending_signal = 0;
static volatile sig_atomic_t active = 0;

int vita_setup_locale(void) {
    setlocale(LC_ALL, "");
    const char *set = nl_langinfo(CODESET);
    if (set && (strcmp(set, "UTF-8") == 0 || strcmp(set, "utf8") == 0)) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") || setlocale(LC_CTYPE, "C.utf8") || setlocale(LC_CTYPE, "en_US.UTF-8")) return 1;
    return 0;
}

static void on_stop_signal(int sig) {
    pending_signal = sig;
}

static void on_crash(int sig) {
    // Best effort: give the terminal back before the default action reports the crash.
    if (active) { endwin(); active = 0; }
    signal(sig, SIG_DFL);
    raise(sig);
}

static void restore_at_exit(void) { vita_stop(); }

/* The sequences terminals and tmux send for keys, whatever TERM's terminfo says: tmux sends
   ESC[1~ and ESC[4~ for Home and End even under TERM=xterm-256color, whose terminfo names
   ESC OH and ESC OF. Unknown, they arrive as Esc and then letters. */
static void define_common_keys(void) {
    static const struct { const char *seq; int key; } keys[] = {
        { "\033[1~", KEY_HOME }, { "\033[7~", KEY_HOME }, { "\033[H", KEY_HOME }, { "\033OH", KEY_HOME },
        { "\033[4~", KEY_END }, { "\033[8~", KEY_END }, { "\033[F", KEY_END }, { "\033OF", KEY_END },
        { "\033[5~", KEY_PPAGE }, { "\033[6~", KEY_NPAGE }, { "\033[3~", KEY_DC }, { "\033[Z", KEY_BTAB },
        { "\033[A", KEY_UP }, { "\033[B", KEY_DOWN }, { "\033[C", KEY_RIGHT }, { "\033[D", KEY_LEFT },
        { "\033OA", KEY_UP }, { "\033OB", KEY_DOWN }, { "\033OC", KEY_RIGHT }, { "\033OD", KEY_LEFT },
    };
    for (unsigned i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        if (key_defined(keys[i].seq) == 0) define_key(keys[i].seq, keys[i].key);
    }
}

int vita_start(void) {
    static int registered = 0;
    if (!registered) { atexit(restore_at_exit); registered = 1; }
    // newterm, not initscr: initscr exits the program when the terminal type is unknown.
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) return -1;
    set_term(screen);
    /* A terminal that cannot place the cursor (TERM=dumb) would get every frame on one line. */
    char *cup = tigetstr("cup");
    if (cup == NULL || cup == (char *)-1) {
        endwin();
        delscreen(screen);
        return -1;
    }
    active = 1;
    raw();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    define_common_keys();
    set_escdelay(25);
    curs_set(0);
    if (has_colors()) {
        start_color();
        use_default_colors();
    }
    // A parent may have started us with signals blocked (threads of test runners do): the ones
    // that stop, resize and suspend the program must get through.
    sigset_t wanted;
    sigemptyset(&wanted);
    int handled[] = { SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP, SIGCONT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
    for (unsigned i = 0; i < sizeof handled / sizeof handled[0]; i++) sigaddset(&wanted, handled[i]);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_stop_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    int crashes[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
    for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) {
        struct sigaction c;
        memset(&c, 0, sizeof c);
        c.sa_handler = on_crash;
        sigemptyset(&c.sa_mask);
        c.sa_flags = SA_RESETHAND;
        sigaction(crashes[i], &c, NULL);
    }
    return 0;
}

void vita_stop(void) {
    if (active) {
        curs_set(1);
        endwin();
        active = 0;
    }
}

void vita_suspend(void) {
    endwin();
    active = 0;
    struct sigaction old, dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(SIGTSTP, &dfl, &old);
    kill(getpid(), SIGTSTP);
    // Running again.
    sigaction(SIGTSTP, &old, NULL);
    active = 1;
    reset_prog_mode();
    raw();
    noecho();
    keypad(stdscr, TRUE);
    define_common_keys();
    curs_set(0);
    clearok(curscr, TRUE);
    refresh();
}

int vita_lines(void) { return LINES; }
int vita_cols(void) { return COLS; }
int vita_colors(void) { return has_colors() ? COLORS : 0; }
int vita_color_pairs(void) { return has_colors() ? COLOR_PAIRS : 0; }
int vita_has_colors(void) { return has_colors(); }

int vita_read_key(int timeout_ms, uint32_t *value) {
    timeout(timeout_ms);
    wint_t ch = 0;
    int r = get_wch(&ch);
    if (r == ERR) return 0;
    *value = (uint32_t)ch;
    return r == KEY_CODE_YES ? 2 : 1;
}

int vita_pending_signal(void) { return pending_signal; }

int vita_init_pair(short pair, short fg, short bg) { return init_pair(pair, fg, bg); }

void vita_put(int y, int x, const uint32_t *chars, int count, int attrs, short pair) {
    wchar_t w[CCHARW_MAX + 1];
    int n = count < CCHARW_MAX ? count : CCHARW_MAX;
    for (int i = 0; i < n; i++) w[i] = (wchar_t)chars[i];
    w[n] = 0;
    attr_t a = A_NORMAL;
    if (attrs & VITA_BOLD) a |= A_BOLD;
    if (attrs & VITA_REVERSE) a |= A_REVERSE;
    if (attrs & VITA_UNDERLINE) a |= A_UNDERLINE;
    if (attrs & VITA_DIM) a |= A_DIM;
    if (attrs & VITA_ITALIC) a |= A_ITALIC;
    cchar_t c;
    setcchar(&c, w, a, pair, NULL);
    mvadd_wch(y, x, &c);
}

void vita_move(int y, int x) { move(y, x); }
void vita_cursor(int visible) { curs_set(visible); }
void vita_refresh(void) { refresh(); }
void vita_clear_all(void) { clearok(curscr, TRUE); }

int vita_key_resize(void) { return KEY_RESIZE; }

int vita_key_code(int which) {
    switch (which) {
    case 0: return KEY_UP;
    case 1: return KEY_DOWN;
    case 2: return KEY_LEFT;
    case 3: return KEY_RIGHT;
    case 4: return KEY_PPAGE;
    case 5: return KEY_NPAGE;
    case 6: return KEY_HOME;
    case 7: return KEY_END;
    case 8: return KEY_BACKSPACE;
    case 9: return KEY_ENTER;
    case 10: return KEY_DC;
    case 11: return KEY_BTAB;
    case 12: return KEY_RESIZE;
    default: return -1;
    }
}

void vita_mouse(int on) {
    if (on) {
        mousemask(BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
        mouseinterval(250);
    } else {
        mousemask(0, NULL);
    }
}

int vita_key_mouse(void) { return KEY_MOUSE; }

int vita_mouse_event(int *x, int *y, int *kind) {
    MEVENT ev;
    if (getmouse(&ev) != OK) return 0;
    *x = ev.x;
    *y = ev.y;
    if (ev.bstate & BUTTON1_DOUBLE_CLICKED) *kind = 2;
    else if (ev.bstate & BUTTON1_CLICKED) *kind = 1;
    else if (ev.bstate & BUTTON4_PRESSED) *kind = 3;
#ifdef BUTTON5_PRESSED
    else if (ev.bstate & BUTTON5_PRESSED) *kind = 4;
#endif
    else *kind = 0;
    return 1;
}

void vita_pause(void) {
    def_prog_mode();
    endwin();
    active = 0;
}

void vita_resume(void) {
    active = 1;
    reset_prog_mode();
    clearok(curscr, TRUE);
    refresh();
}
