/* text.h - checks on text from outside (paths, spec text) before it is written into a file that
 * must hold valid UTF-8 (JSON, SVG). */
#ifndef SE3C_TEXT_H
#define SE3C_TEXT_H

/* Bytes in the well-formed UTF-8 sequence that starts at s (1..4), or 0 when it is not one: a
 * stray continuation byte, an overlong form, a surrogate, a code point above U+10FFFF, or a
 * sequence cut short (s is NUL-terminated, and NUL is no continuation byte). RFC 3629. */
int text_utf8_len(const unsigned char *s);

#endif
