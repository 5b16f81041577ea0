/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* AictJsonReader: a strict, bounded, one-pass pull tokenizer over a buffer.
 *
 * It is the only code that looks at untrusted bytes.  It enforces RFC 8259
 * and I-JSON (RFC 7493): UTF-8 only (no BOM), no comments, no trailing
 * commas, no single quotes, number grammar of RFC 8259 §6 exactly (no
 * leading zeros, no hex, no ".5" or "1.", no NaN/Infinity), string escapes of
 * §7 only, no unescaped U+0000–U+001F, no "\u0000", no unpaired or inverted
 * surrogate, no noncharacter (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF) raw or
 * escaped, unique member names within each object, exactly one top-level
 * value followed only by whitespace.  And the limits of AictLimits, each
 * checked before the work it bounds.  It never recurses, never allocates in
 * proportion to anything but the limits, and reports every error with
 * "DISPLAY:LINE:COL: what" (line and column 1-based, column in characters).
 *
 * The decoder pulls tokens and builds the model as it goes: there is no
 * tree.  Strings are decoded (escapes resolved) into a buffer owned by the
 * reader, valid until the next call to next().
 */

#include <glib.h>
#include "aict-limits-private.h"

G_BEGIN_DECLS

typedef enum
{
  AICT_JSON_TOKEN_NONE,
  AICT_JSON_TOKEN_BEGIN_OBJECT,
  AICT_JSON_TOKEN_END_OBJECT,
  AICT_JSON_TOKEN_BEGIN_ARRAY,
  AICT_JSON_TOKEN_END_ARRAY,
  AICT_JSON_TOKEN_MEMBER,       /* a member name; get_string() gives it */
  AICT_JSON_TOKEN_STRING,       /* a string value; get_string() gives it */
  AICT_JSON_TOKEN_NUMBER,       /* get_lexeme() gives its text */
  AICT_JSON_TOKEN_TRUE,
  AICT_JSON_TOKEN_FALSE,
  AICT_JSON_TOKEN_NULL,
  AICT_JSON_TOKEN_END,          /* after the top-level value and trailing whitespace */
} AictJsonToken;

typedef struct _AictJsonReader AictJsonReader;

/* @data need not be NUL-terminated; it must stay valid for the reader's life.
 * @display_name is used at the start of error messages (UTF-8, already made
 * displayable with g_filename_display_name() by the caller, or "<data>").
 * @limits may be NULL for the defaults; it is copied. */
AictJsonReader *aict_json_reader_new          (const char       *data,
                                               gsize             len,
                                               const char       *display_name,
                                               const AictLimits *limits);
void            aict_json_reader_free         (AictJsonReader   *reader);

/* The buffer belongs to the caller alone, is anonymous memory it will only
 * free after the reader is done, and may be given back to the kernel
 * (madvise MADV_DONTNEED) behind the read position: a large file is then
 * not held whole while the model is built.  Never for caller data. */
void            aict_json_reader_set_discardable (AictJsonReader *reader,
                                                  gboolean        discardable);

/* A monitor, called by next() before the first token and then each time
 * the read position has moved @interval bytes on (one comparison per token,
 * shared with the discard step): @offset is the read position, @length the
 * size of the buffer.  Returning FALSE with @error set stops reading: that
 * error (any domain, e.g. G_IO_ERROR_CANCELLED) is returned by this and
 * every later call to next().  For cancellation and progress. */
typedef gboolean (*AictJsonMonitorFunc) (gsize      offset,
                                         gsize      length,
                                         gpointer   user_data,
                                         GError   **error);
void            aict_json_reader_set_monitor  (AictJsonReader      *reader,
                                               gsize                interval,
                                               AictJsonMonitorFunc  monitor,
                                               gpointer             user_data);

/* Reads the next token.  On a syntax or limit error returns FALSE and sets
 * @error (AICT_ERROR_PARSE or AICT_ERROR_LIMIT); after an error or END every
 * further call fails.  The first call also checks the whole buffer is UTF-8
 * (AICT_ERROR_PARSE "invalid UTF-8" with the position of the first bad byte)
 * and rejects a leading BOM. */
gboolean        aict_json_reader_next         (AictJsonReader   *reader,
                                               AictJsonToken    *token,
                                               GError          **error);

/* Skips the value whose first token was just returned (for BEGIN_OBJECT or
 * BEGIN_ARRAY: everything up to and including the matching END_*; for a
 * scalar: nothing).  Everything skipped is still fully checked. */
gboolean        aict_json_reader_skip_value   (AictJsonReader   *reader,
                                               AictJsonToken     first,
                                               GError          **error);

/* For MEMBER and STRING: the decoded UTF-8 text, NUL-terminated, and its
 * length in bytes (which never contains a NUL since \u0000 is rejected).
 * Valid until the next call to next() or skip_value(). */
const char     *aict_json_reader_get_string   (AictJsonReader   *reader,
                                               gsize            *len);

/* For NUMBER: the lexeme exactly as in the input (not NUL-terminated; use
 * @len) and whether it has a fraction or an exponent part. */
const char     *aict_json_reader_get_lexeme   (AictJsonReader   *reader,
                                               gsize            *len,
                                               gboolean         *has_fraction,
                                               gboolean         *has_exponent);

/* Position (1-based) of the first character of the last token returned. */
guint           aict_json_reader_get_line     (AictJsonReader   *reader);
guint           aict_json_reader_get_column   (AictJsonReader   *reader);

/* The JSONPath of the value last returned, e.g. "$.partnerships[3].countries[0]";
 * for a MEMBER token the path of the member ("$.actors[0].kind").  Member
 * names that are not plain identifiers are written as ['na\'me'].
 * Returns a newly allocated string. */
char           *aict_json_reader_dup_path     (AictJsonReader   *reader);

/* For the NUMBER last returned: an integer in [-(2^53-1), 2^53-1] with no
 * fraction and no exponent.  Errors are AICT_ERROR_SCHEMA ("expected an
 * integer") or AICT_ERROR_OVERFLOW, with position and path. */
gboolean        aict_json_reader_get_int      (AictJsonReader   *reader,
                                               gint64           *value,
                                               GError          **error);

/* For the NUMBER last returned: an exact decimal with at most @max_decimals
 * digits after the point, returned scaled by 10^max_decimals
 * ("12.5" with 2 → 1250, "7" with 0 → 7).  No exponent allowed
 * (AICT_ERROR_SCHEMA "write the number without an exponent"); more decimals
 * than allowed is AICT_ERROR_SCHEMA ("at most N decimal places"); a scaled
 * magnitude above 2^53-1 is AICT_ERROR_OVERFLOW.  Trailing zeros of the
 * fraction count as decimals only when non-zero ("1.50" is fine with 1). */
gboolean        aict_json_reader_get_decimal  (AictJsonReader   *reader,
                                               guint             max_decimals,
                                               gint64           *scaled,
                                               GError          **error);

/* Sets @error to "DISPLAY:LINE:COL: PATH: message" at the last token, with
 * the given code of AICT_ERROR.  The formatted message is data-safe: callers
 * pass data-derived text only as %s arguments. */
void            aict_json_reader_set_error    (AictJsonReader   *reader,
                                               GError          **error,
                                               int               code,
                                               const char       *format,
                                               ...) G_GNUC_PRINTF (4, 5);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AictJsonReader, aict_json_reader_free)

G_END_DECLS
