#ifndef VITA_CNCURSESW_H
#define VITA_CNCURSESW_H

// The wide-character curses API must be switched on before the header is read: SwiftPM does not
// pass the defines that ncursesw.pc carries.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <ncursesw/curses.h>
#include <stdint.h>

// Attribute bits as Swift passes them to vita_put.
enum { VITA_BOLD = 1, VITA_REVERSE = 2, VITA_UNDERLINE = 4, VITA_DIM = 8, VITA_ITALIC = 16 };

/// Sets the locale from the environment; when its character set is not UTF-8, tries C.UTF-8 so
/// wide characters still draw. Returns 1 when the locale is UTF-8.
int vita_setup_locale(void);

/// Starts curses on the terminal: raw keys, no echo, keypad, colours when the terminal has them.
/// Installs handlers that restore the terminal on SIGINT, SIGTERM, SIGHUP and on crashes.
/// Returns 0 on success.
int vita_start(void);
/// Restores the terminal. Safe to call more than once.
void vita_stop(void);
/// Suspends the program (Ctrl-Z): restores the terminal, stops, and on resume takes it back.
void vita_suspend(void);
// Leaves the screen to another program (an editor) and takes it back afterwards.
void vita_pause(void);
void vita_resume(void);

int vita_lines(void);
int vita_cols(void);
int vita_colors(void);
int vita_color_pairs(void);
int vita_has_colors(void);

/// Reads one key, waiting at most `timeout_ms`. Returns 0 on timeout, 1 for a character (in
/// *value), 2 for a function key (KEY_* in *value).
int vita_read_key(int timeout_ms, uint32_t *value);

/// The signal that asked the program to stop (SIGINT, SIGTERM, SIGHUP), or 0.
int vita_pending_signal(void);

int vita_init_pair(short pair, short fg, short bg);
/// Draws one cell: up to 5 code points (a base character and its combining marks).
void vita_put(int y, int x, const uint32_t *chars, int count, int attrs, short pair);
/// After a refresh: writes a cluster of more code points than a cell holds (`utf8`, NUL-ended)
/// over the cell at (y, x), whose first code points curses drew, in the cell's look.
void vita_put_whole(int y, int x, const char *utf8, int attrs, short pair);
void vita_move(int y, int x);
void vita_cursor(int visible);
void vita_refresh(void);
/// The next refresh redraws the whole screen (after a resume or a corrupted display).
void vita_clear_all(void);

int vita_key_resize(void);
int vita_key_code(int which);

// Mouse: turn reporting on or off; after KEY_MOUSE, the event's cell and kind (1 click,
// 2 double click, 3 wheel up, 4 wheel down; 0 for anything else). Returns 0 when there is none.
void vita_mouse(int on);
int vita_key_mouse(void);
int vita_mouse_event(int *x, int *y, int *kind);

#endif
