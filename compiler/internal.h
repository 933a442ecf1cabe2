/* internal.h - internal errors of se3tc: a state the front end should have made impossible (a
 * weight the emitter cannot find, a name that is not an identifier). They are bugs of se3tc, not
 * of the spec, so they abort at once with the source position instead of emitting wrong code. */
#ifndef SE3C_INTERNAL_H
#define SE3C_INTERNAL_H

/* Print "se3tc: internal error at FILE:LINE: MESSAGE" on stderr and abort(). */
_Noreturn void se3c_internal_fail(const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
#define SE3C_INTERNAL(...) se3c_internal_fail(__FILE__, __LINE__, __VA_ARGS__)

#endif
