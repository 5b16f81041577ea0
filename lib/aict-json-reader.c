/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* The strict one-pass JSON pull tokenizer; see aict-json-reader-private.h
 * for the contract.
 *
 * Design notes:
 *
 * - The whole buffer is checked to be UTF-8 once, on the first call to
 *   next().  After that every scanner may assume that a lead byte is
 *   followed by its continuation bytes, and columns are counted as the
 *   number of non-continuation bytes since the start of the line.
 *
 * - Raw line breaks can only appear in whitespace between tokens (a raw
 *   U+000A or U+000D inside a string is an error), so the line number and
 *   the offset of the line start are updated by the whitespace skipper only.
 *   Columns are computed lazily, with a cache so that asking for the column
 *   of every token of a long line stays linear.
 *
 * - Nesting is an explicit stack of frames that grows on demand up to
 *   max_depth.  The member names of every open object are kept (decoded,
 *   NUL-terminated) in one byte stack with one KeyEntry per name; a name is
 *   decoded straight there, and get_string() of a MEMBER points there.  The
 *   current name of a level is its last entry, which is what dup_path()
 *   prints.  Duplicates are found by a linear scan of the entries (length
 *   and first eight bytes, then the rest) while an object has at most
 *   SMALL_OBJECT members, and through a per-level open-addressing table of
 *   seeded hashes beyond that, so a flood of names costs O(1) per name.
 *
 * - Strings are scanned sixteen (SSE2) or eight bytes at a time; a string
 *   of plain ASCII, the common case, is copied in one go, and only one with
 *   escapes or non-ASCII bytes takes the byte-wise slow path.
 *
 * - No floating point anywhere.  Numbers are kept as lexemes; get_int() and
 *   get_decimal() convert them digit by digit with range checks.
 */

#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <aict/aict-error.h>

#include "aict-i18n-private.h"
#include "aict-json-reader-private.h"
#include "aict-message-private.h"

/* SSE2 is part of x86-64: the scans of strings and of the UTF-8 check go
 * sixteen bytes at a time there, with the portable eight-byte versions
 * below as the fallback (and for the last bytes). */
#if defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__))
# include <emmintrin.h>
# define HAVE_SSE2 1
#endif

/* Data-derived text in messages is cut after this many characters. */
#define QUOTE_MAX_CHARS 40

/* Objects with at most this many members are checked for duplicate names
 * by a linear scan; larger ones get a hash table. */
#define SMALL_OBJECT 8

#define MAX_SAFE_INTEGER G_GUINT64_CONSTANT (9007199254740991)

/* With set_discardable(): the step of discard_behind(). */
#define DISCARD_STEP (4u * 1024u * 1024u)

/* Error paths: kept out of line so the hot paths stay small. */
#if defined(__GNUC__) || defined(__clang__)
# define COLD __attribute__ ((__cold__, __noinline__))
#else
# define COLD
#endif

/* Word-at-a-time constants: a byte of the value in every byte.  A byte of
 * (w - ONES) & ~w & HIGHS is set for a zero byte of w (the lowest one is
 * exact, higher ones may be false positives; callers only use "any"). */
#define ONES        G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS       G_GUINT64_CONSTANT (0x8080808080808080)
#define SPACES      G_GUINT64_CONSTANT (0x2020202020202020)
#define QUOTES      G_GUINT64_CONSTANT (0x2222222222222222)
#define BACKSLASHES G_GUINT64_CONSTANT (0x5C5C5C5C5C5C5C5C)

typedef enum
{
  EXPECT_VALUE,                 /* top level, after ':' or after ',' in an array */
  EXPECT_VALUE_OR_END_ARRAY,    /* after '[' */
  EXPECT_MEMBER_OR_END_OBJECT,  /* after '{' */
  EXPECT_COMMA_OR_END,          /* after a value inside a container */
  EXPECT_EOF,                   /* after the top-level value */
} Expect;

typedef enum
{
  STATUS_START,
  STATUS_RUNNING,
  STATUS_DONE,
  STATUS_FAILED,
} Status;

typedef struct
{
  gsize   off;                  /* into key_bytes, where the name is NUL-terminated */
  gsize   len;
  guint64 head;                 /* the first eight bytes, zero-padded: see key_head() */
  guint32 hash;                 /* only while the object has a table */
} KeyEntry;

typedef struct
{
  gboolean is_object;
  guint    count;               /* members or items so far */
  gsize    key_base;            /* objects: index of the first KeyEntry */
  gsize    key_bytes_base;      /* objects: key_bytes_len when opened */

  /* Where the container was opened, for "not closed" messages. */
  gsize    open_off;
  gsize    open_line;
  gsize    open_line_start;
  gsize    open_col;            /* 0 until the bytes before it are discarded */

  /* Objects with more than SMALL_OBJECT members: open addressing table of
   * (entry index - key_base + 1), 0 meaning empty.  The allocation is kept
   * and reused by the next object at the same level. */
  guint32 *table;
  gsize    table_alloc;         /* slots allocated */
  gsize    table_size;          /* slots in use (a power of two), 0 if unused */
} Frame;

struct _AictJsonReader
{
  const guchar  *data;
  const guchar  *end;
  const guchar  *p;
  char          *display_name;
  AictLimits     limits;
  /* The limit an AICT_ERROR_LIMIT being raised is about ("max-depth"),
   * for the hint of its message: set by LIMIT(). */
  const char    *limit;

  Status         status;
  Expect         expect;
  /* next() leaves its fast path when the read position (an offset)
   * reaches this: at once unless the status is RUNNING, at the next
   * discard step when discardable, never (G_MAXSIZE) otherwise.  One
   * comparison per token instead of three; see update_slow_off(). */
  gsize          slow_off;
  GError        *saved_error;

  /* Position of p's line. */
  gsize          line;
  gsize          line_start;

  /* The last token. */
  AictJsonToken  token;
  gsize          tok_off;
  gsize          tok_line;
  gsize          tok_line_start;

  /* With set_discardable: the buffer before this offset was given back. */
  gboolean       discardable;
  gsize          discarded;

  /* Column cache. */
  gsize          cc_line_start;
  gsize          cc_off;
  gsize          cc_col;

  /* The decoded string of the last STRING or MEMBER: str, slen.  A
   * STRING is decoded into sbuf; a MEMBER's name lives in key_bytes. */
  const char    *str;
  gsize          slen;
  char          *sbuf;
  gsize          scap;

  /* Lexeme of the last NUMBER. */
  gsize          lex_off;
  gsize          lex_len;
  gboolean       lex_fraction;
  gboolean       lex_exponent;

  /* Container stack. */
  Frame         *frames;
  guint          depth;
  guint          frames_cap;

  /* Member names of the open objects. */
  KeyEntry      *keys;
  gsize          n_keys;
  gsize          keys_cap;
  char          *key_bytes;
  gsize          key_bytes_len;
  gsize          key_bytes_cap;
  guint32        hash_seed;

  guint          n_values;

  /* With set_monitor: called when the read position reaches monitor_next. */
  AictJsonMonitorFunc monitor;
  gpointer       monitor_data;
  gsize          monitor_interval;
  gsize          monitor_next;
};

static void
update_slow_off (AictJsonReader *r)
{
  if (r->status != STATUS_RUNNING)
    r->slow_off = 0;
  else if (r->discardable)
    r->slow_off = r->discarded > G_MAXSIZE - DISCARD_STEP ? G_MAXSIZE
                                                          : r->discarded + DISCARD_STEP;
  else
    r->slow_off = G_MAXSIZE;

  if (r->status == STATUS_RUNNING && r->monitor != NULL)
    r->slow_off = MIN (r->slow_off, r->monitor_next);
}

static inline void
set_status (AictJsonReader *r,
            Status          status)
{
  r->status = status;
  update_slow_off (r);
}

/* Bytes that stop the fast scan of a string. */
static inline gboolean
is_string_stop (guchar c)
{
  return c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
}

/* Bytes that may follow a number or a literal: whitespace, structural
 * characters, and the starts of things that get a better message from the
 * structural check than from "invalid number" (a string, a comment). */
static inline gboolean
is_token_delimiter (guchar c)
{
  switch (c)
    {
    case ' ': case '\t': case '\n': case '\r':
    case ',': case ':': case '[': case ']': case '{': case '}':
    case '"': case '/': case '#':
      return TRUE;
    default:
      return FALSE;
    }
}

/* Length of a UTF-8 sequence from its lead byte (input already validated;
 * 1 for bytes that cannot start a sequence). */
static inline gsize
utf8_seq_len (guchar c)
{
  if (c < 0xC0)
    return 1;
  if (c < 0xE0)
    return 2;
  if (c < 0xF0)
    return 3;
  if (c < 0xF8)
    return 4;
  return 1;
}

static inline gboolean
is_digit (guchar c)
{
  return c >= '0' && c <= '9';
}

static inline gboolean
is_word_char (guchar c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_';
}

static inline gboolean
is_noncharacter (gunichar cp)
{
  return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}

static inline guint
clamp_to_uint (gsize v)
{
  return v > G_MAXUINT ? G_MAXUINT : (guint) v;
}

/* ------------------------------------------------------------------------ */
/* Text for messages                                                        */
/* ------------------------------------------------------------------------ */

/* Appends one character (valid UTF-8 at @p) in a form fit for a one-line
 * message: controls and C1 controls are escaped.  Returns its byte length. */
static gsize
append_display_char (GString      *out,
                     const guchar *p)
{
  gsize n = utf8_seq_len (*p);
  gunichar c;

  if (*p < 0x20 || *p == 0x7F)
    {
      switch (*p)
        {
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default: g_string_append_printf (out, "\\u%04X", *p); break;
        }
      return 1;
    }

  c = g_utf8_get_char ((const char *) p);
  if (c >= 0x80 && c <= 0x9F)
    g_string_append_printf (out, "\\u%04X", c);
  else
    g_string_append_len (out, (const char *) p, (gssize) n);

  return n;
}

/* “TEXT”, with @s (valid UTF-8, @len bytes) cut after QUOTE_MAX_CHARS
 * characters, followed by … if it was cut. */
static char *
quote_text (const char *s,
            gsize       len)
{
  const guchar *p = (const guchar *) s;
  const guchar *end = p + len;
  GString *out = g_string_sized_new (len < 64 ? len + 8 : 140);
  guint n_chars = 0;

  g_string_append (out, "“");
  while (p < end)
    {
      if (n_chars == QUOTE_MAX_CHARS)
        {
          g_string_append (out, "…");
          break;
        }
      p += append_display_char (out, p);
      n_chars++;
    }
  g_string_append (out, "”");

  return g_string_free (out, FALSE);
}

/* Describes what is at @p (validated input) for "found X": the end of
 * data, a word, or one character. */
static char *
describe_found (AictJsonReader *r,
                const guchar   *p)
{
  const guchar *q;

  if (p >= r->end)
    return g_strdup (_("end of data"));

  if (is_word_char (*p))
    {
      for (q = p; q < r->end && is_word_char (*q) && q - p < 64; q++)
        ;
      return quote_text ((const char *) p, (gsize) (q - p));
    }

  if (*p < 0x20 || *p == 0x7F)
    return g_strdup_printf (_("control character U+%04X"), *p);

  /* Invisible characters (format, space, control) by their code point. */
  if (*p >= 0x80)
    {
      gunichar c = g_utf8_get_char ((const char *) p);

      if (!g_unichar_isgraph (c))
        return g_strdup_printf (_("character U+%04X"), c);
    }

  return quote_text ((const char *) p, utf8_seq_len (*p));
}

/* ------------------------------------------------------------------------ */
/* Positions and errors                                                     */
/* ------------------------------------------------------------------------ */

/* The number of characters in [p, end): bytes that are not UTF-8
 * continuation bytes (top two bits 10).  discard_behind() runs this over
 * the whole of a large one-line file, so it goes eight bytes at a time: a
 * continuation byte has bit 7 set and bit 6 clear, which w & ~(w << 1)
 * leaves in bit 7 of that byte (what bit 7 of the byte below shifts into
 * bit 0 is masked off).  The flags are summed per byte lane, which cannot
 * overflow in 255 words, and the lanes added up at the end of a block. */
static gsize
count_chars (const guchar *p,
             const guchar *end)
{
  gsize n = 0;

  while (end - p >= 8)
    {
      gsize words = (gsize) (end - p) / 8;
      guint64 lanes = 0;

      if (words > 255)
        words = 255;
      n += words * 8;
      for (gsize i = 0; i < words; i++, p += 8)
        {
          guint64 w;

          memcpy (&w, p, 8);
          lanes += ((w & ~(w << 1)) & HIGHS) >> 7;
        }
      /* Lanes of at most 255: pairs of them first (16-bit lanes of at
       * most 510), then the four by a multiplication into the top 16 bits. */
      lanes = (lanes & G_GUINT64_CONSTANT (0x00FF00FF00FF00FF)) +
              ((lanes >> 8) & G_GUINT64_CONSTANT (0x00FF00FF00FF00FF));
      n -= (gsize) ((lanes * G_GUINT64_CONSTANT (0x0001000100010001)) >> 48);
    }

  for (; p < end; p++)
    n += (*p & 0xC0) != 0x80;

  return n;
}

/* 1-based column of byte offset @off on the line starting at @line_start. */
static gsize
column_at (AictJsonReader *r,
           gsize           line_start,
           gsize           off)
{
  gsize from, col;

  if (r->cc_line_start == line_start && r->cc_off <= off)
    {
      from = r->cc_off;
      col = r->cc_col;
    }
  else
    {
      from = line_start;
      col = 1;
    }

  col += count_chars (r->data + from, r->data + off);

  r->cc_line_start = line_start;
  r->cc_off = off;
  r->cc_col = col;

  return col;
}

/* Line and line start of @off, by scanning from the start.  Only for the
 * UTF-8 error, found before any token was read.  \r\n, \n and a lone \r each
 * end a line (@off is never inside a \r\n: it is a bad byte). */
static void
locate_from_start (AictJsonReader *r,
                   gsize           off,
                   gsize          *line,
                   gsize          *line_start)
{
  const guchar *p = r->data;
  const guchar *end = r->data + off;
  gsize l = 1;
  gsize ls = 0;

  while (p < end)
    {
      guchar c = *p++;

      if (c == '\n')
        {
          l++;
          ls = (gsize) (p - r->data);
        }
      else if (c == '\r')
        {
          if (p < end && *p == '\n')
            p++;
          l++;
          ls = (gsize) (p - r->data);
        }
    }

  *line = l;
  *line_start = ls;
}

/* The error code of a limit error about @name (a limit of AictLoadOptions,
 * "max-depth"): fail_va() then says how to raise it. */
#define LIMIT(r, name) ((r)->limit = (name), AICT_ERROR_LIMIT)

static void G_GNUC_PRINTF (7, 0)
fail_va (AictJsonReader *r,
         GError        **error,
         int             code,
         gsize           line,
         gsize           line_start,
         gsize           off,
         const char     *format,
         va_list         args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);
  gsize col = column_at (r, line_start, off);

  if (code == AICT_ERROR_LIMIT && r->limit != NULL)
    {
      char *hinted = _aict_limit_hint (message, r->limit);

      g_free (message);
      message = hinted;
    }
  r->limit = NULL;

  g_clear_error (&r->saved_error);
  r->saved_error = g_error_new (AICT_ERROR, code,
                                "%s:%" G_GSIZE_FORMAT ":%" G_GSIZE_FORMAT ": %s",
                                r->display_name, line, col, message);
  set_status (r, STATUS_FAILED);
  r->token = AICT_JSON_TOKEN_NONE;

  if (error != NULL)
    *error = g_error_copy (r->saved_error);
}

/* An error at @at, which is on the current line. */
static gboolean COLD G_GNUC_PRINTF (5, 6)
fail_at (AictJsonReader *r,
         GError        **error,
         int             code,
         const guchar   *at,
         const char     *format,
         ...)
{
  va_list args;

  va_start (args, format);
  fail_va (r, error, code, r->line, r->line_start, (gsize) (at - r->data),
           format, args);
  va_end (args);

  return FALSE;
}

/* An error at an explicit position. */
static gboolean COLD G_GNUC_PRINTF (7, 8)
fail_pos (AictJsonReader *r,
          GError        **error,
          int             code,
          gsize           line,
          gsize           line_start,
          gsize           off,
          const char     *format,
          ...)
{
  va_list args;

  va_start (args, format);
  fail_va (r, error, code, line, line_start, off, format, args);
  va_end (args);

  return FALSE;
}

/* An error at the start of the current token. */
#define fail_token(r, error, code, ...) \
  fail_pos ((r), (error), (code), (r)->tok_line, (r)->tok_line_start, (r)->tok_off, __VA_ARGS__)

/* "expected WHAT, found X", with better wording for the usual suspects. */
static gboolean COLD
fail_unexpected (AictJsonReader *r,
                 GError        **error,
                 const guchar   *at,
                 const char     *expected)
{
  g_autofree char *found = NULL;

  if (at >= r->end)
    return fail_at (r, error, AICT_ERROR_PARSE,
                    at, _("unexpected end of data, expected %s"), _(expected));

  if (*at == '#' || (*at == '/' && at + 1 < r->end && (at[1] == '/' || at[1] == '*')))
    return fail_at (r, error, AICT_ERROR_PARSE,
                    at, _("comments are not allowed in JSON"));

  if (*at == '\'')
    return fail_at (r, error, AICT_ERROR_PARSE,
                    at, _("single quotes are not allowed in JSON, expected %s"), _(expected));

  found = describe_found (r, at);
  return fail_at (r, error, AICT_ERROR_PARSE,
                  at, _("expected %s, found %s"), _(expected), found);
}

/* ------------------------------------------------------------------------ */
/* Construction                                                             */
/* ------------------------------------------------------------------------ */

AictJsonReader *
aict_json_reader_new (const char       *data,
                      gsize             len,
                      const char       *display_name,
                      const AictLimits *limits)
{
  AictJsonReader *r;

  g_return_val_if_fail (data != NULL || len == 0, NULL);

  r = g_new0 (AictJsonReader, 1);
  r->data = data != NULL ? (const guchar *) data : (const guchar *) "";
  r->end = r->data + len;
  r->p = r->data;

  if (display_name == NULL)
    display_name = "<data>";
  if (g_utf8_validate (display_name, -1, NULL))
    r->display_name = g_strdup (display_name);
  else
    r->display_name = g_utf8_make_valid (display_name, -1);

  if (limits != NULL)
    r->limits = *limits;
  else
    aict_limits_init_default (&r->limits);

  set_status (r, STATUS_START);
  r->expect = EXPECT_VALUE;
  r->line = 1;
  r->line_start = 0;
  r->token = AICT_JSON_TOKEN_NONE;
  r->tok_line = 1;
  r->cc_line_start = G_MAXSIZE;
  r->hash_seed = g_random_int ();

  return r;
}

void
aict_json_reader_free (AictJsonReader *reader)
{
  guint i;

  if (reader == NULL)
    return;

  for (i = 0; i < reader->frames_cap; i++)
    g_free (reader->frames[i].table);
  g_free (reader->frames);
  g_free (reader->keys);
  g_free (reader->key_bytes);
  g_free (reader->sbuf);
  g_free (reader->display_name);
  g_clear_error (&reader->saved_error);
  g_free (reader);
}

/* ------------------------------------------------------------------------ */
/* UTF-8 check                                                              */
/* ------------------------------------------------------------------------ */


/* Returns the first byte that is not valid UTF-8 or is NUL, or NULL.
 * ASCII runs are skipped sixteen or eight bytes at a time; each run of
 * non-ASCII bytes (which is a whole number of characters if it is valid,
 * since ASCII bytes never occur inside a sequence) goes to
 * g_utf8_validate_len(). */
static const guchar *
find_invalid_utf8 (const guchar *p,
                   const guchar *end)
{
  while (p < end)
    {
      const guchar *q;
      const char *bad;

#ifdef HAVE_SSE2
      {
        const __m128i zero = _mm_setzero_si128 ();

        /* A byte from 0x80 up sets its bit of the mask by itself. */
        while (end - p >= 16)
          {
            __m128i v = _mm_loadu_si128 ((const __m128i *) (const void *) p);

            if (_mm_movemask_epi8 (_mm_or_si128 (v, _mm_cmpeq_epi8 (v, zero))) != 0)
              break;
            p += 16;
          }
      }
#endif

      while (end - p >= 8)
        {
          guint64 w;

          memcpy (&w, p, 8);
          if (((w | ((w - ONES) & ~w)) & HIGHS) != 0)
            break;
          p += 8;
        }

      while (p < end && *p != 0 && *p < 0x80)
        p++;
      if (p == end)
        break;
      if (*p == 0)
        return p;

      for (q = p; q < end && *q >= 0x80; q++)
        ;
      if (!g_utf8_validate_len ((const char *) p, (gsize) (q - p), &bad))
        return (const guchar *) bad;
      p = q;
    }

  return NULL;
}

static gboolean
reader_start (AictJsonReader *r,
              GError        **error)
{
  gsize len = (gsize) (r->end - r->data);
  const guchar *bad;

  set_status (r, STATUS_RUNNING);

  if (len > r->limits.max_file_size)
    return fail_at (r, error, LIMIT (r, "max-file-size"), r->data,
                    _("document larger than %llu bytes"),
                    (unsigned long long) r->limits.max_file_size);

  if (len >= 3 && r->data[0] == 0xEF && r->data[1] == 0xBB && r->data[2] == 0xBF)
    return fail_at (r, error, AICT_ERROR_PARSE, r->data,
                    _("byte order mark (BOM) at the start: JSON must be UTF-8 without a BOM"));

  if (len >= 2 && ((r->data[0] == 0xFF && r->data[1] == 0xFE) ||
                   (r->data[0] == 0xFE && r->data[1] == 0xFF)))
    return fail_at (r, error, AICT_ERROR_PARSE, r->data,
                    _("invalid UTF-8: the data looks like UTF-16 (byte order mark); "
                    "JSON must be UTF-8"));

  bad = find_invalid_utf8 (r->data, r->end);
  if (bad != NULL)
    {
      gsize line, line_start;

      locate_from_start (r, (gsize) (bad - r->data), &line, &line_start);
      if (*bad == 0)
        return fail_pos (r, error, AICT_ERROR_PARSE, line, line_start,
                         (gsize) (bad - r->data), _("invalid UTF-8: NUL byte"));
      return fail_pos (r, error, AICT_ERROR_PARSE, line, line_start,
                       (gsize) (bad - r->data),
                       _("invalid UTF-8 (byte 0x%02X)"), *bad);
    }

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Scanning                                                                 */
/* ------------------------------------------------------------------------ */

static inline void
skip_ws (AictJsonReader *r)
{
  const guchar *p = r->p;
  const guchar *end = r->end;

  if (G_LIKELY (p < end && *p > ' '))
    return;
  /* A single space between tokens (", " and ": " in most writers' output). */
  if (G_LIKELY (end - p >= 2 && *p == ' ' && p[1] > ' '))
    {
      r->p = p + 1;
      return;
    }

  for (;;)
    {
      guchar c;

      while (end - p >= 8)
        {
          guint64 w;

          memcpy (&w, p, 8);
          w ^= SPACES;
          if (w != 0)
            {
#if G_BYTE_ORDER == G_LITTLE_ENDIAN && (defined(__GNUC__) || defined(__clang__))
              p += __builtin_ctzll (w) / 8;
#endif
              break;
            }
          p += 8;
        }
      while (p < end && *p == ' ')
        p++;
      if (p >= end)
        break;

      c = *p;
      if (c == '\n')
        {
          p++;
          r->line++;
          r->line_start = (gsize) (p - r->data);
        }
      else if (c == '\t')
        p++;
      else if (c == '\r')
        {
          p++;
          if (p < end && *p == '\n')
            p++;
          r->line++;
          r->line_start = (gsize) (p - r->data);
        }
      else
        break;
    }

  r->p = p;
}

static inline void
mark_token (AictJsonReader *r,
            const guchar   *p)
{
  r->tok_off = (gsize) (p - r->data);
  r->tok_line = r->line;
  r->tok_line_start = r->line_start;
}

static inline void
sbuf_reserve (AictJsonReader *r,
              gsize           extra)
{
  gsize need = r->slen + extra + 1;

  if (G_UNLIKELY (need > r->scap))
    {
      gsize cap = r->scap < 64 ? 64 : r->scap;

      while (cap < need)
        cap = cap > G_MAXSIZE / 2 ? need : cap * 2;
      r->sbuf = g_realloc (r->sbuf, cap);
      r->scap = cap;
    }
}

static gint
hex_value (guchar c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  c |= 0x20;
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  return -1;
}

/* Four hex digits at @p (not past @end), or -1. */
static gint32
read_hex4 (const guchar *p,
           const guchar *end)
{
  gint32 v = 0;
  int i;

  if (end - p < 4)
    return -1;
  for (i = 0; i < 4; i++)
    {
      gint h = hex_value (p[i]);

      if (h < 0)
        return -1;
      v = (v << 4) | h;
    }

  return v;
}

static gboolean COLD
fail_string_too_long (AictJsonReader *r,
                      GError        **error,
                      gboolean        is_key,
                      gsize           max_len)
{
  if (is_key)
    return fail_token (r, error, LIMIT (r, "max-name-length"),
                       _("member name longer than %llu bytes"),
                       (unsigned long long) max_len);
  return fail_token (r, error, LIMIT (r, "max-string-length"),
                     _("string longer than %llu bytes"),
                     (unsigned long long) max_len);
}

/* Decodes the escape at @p (a backslash) into sbuf; returns the position
 * after it, or NULL on error. */
static const guchar *
read_escape (AictJsonReader *r,
             const guchar   *p,
             gsize           max_len,
             gboolean        is_key,
             GError        **error)
{
  const guchar *end = r->end;
  gint32 cp;
  gsize n;

  if (p + 1 >= end)
    {
      fail_token (r, error, AICT_ERROR_PARSE, _("unterminated string"));
      return NULL;
    }

  switch (p[1])
    {
    case '"':  cp = '"';  break;
    case '\\': cp = '\\'; break;
    case '/':  cp = '/';  break;
    case 'b':  cp = '\b'; break;
    case 'f':  cp = '\f'; break;
    case 'n':  cp = '\n'; break;
    case 'r':  cp = '\r'; break;
    case 't':  cp = '\t'; break;

    case 'u':
      cp = read_hex4 (p + 2, end);
      if (cp < 0)
        {
          fail_at (r, error, AICT_ERROR_PARSE, p,
                   _("invalid \\u escape: expected four hex digits"));
          return NULL;
        }
      if (cp == 0)
        {
          fail_at (r, error, AICT_ERROR_PARSE, p,
                   _("\\u0000 (NUL) is not allowed in strings"));
          return NULL;
        }
      if (cp >= 0xDC00 && cp <= 0xDFFF)
        {
          fail_at (r, error, AICT_ERROR_PARSE, p,
                   _("unpaired low surrogate \\u%04X"), (guint) cp);
          return NULL;
        }
      if (cp >= 0xD800 && cp <= 0xDBFF)
        {
          gint32 low = -1;

          if (end - p >= 12 && p[6] == '\\' && p[7] == 'u')
            low = read_hex4 (p + 8, end);
          if (low < 0xDC00 || low > 0xDFFF)
            {
              fail_at (r, error, AICT_ERROR_PARSE, p,
                       _("unpaired high surrogate \\u%04X (not followed by a low surrogate)"),
                       (guint) cp);
              return NULL;
            }
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          if (is_noncharacter ((gunichar) cp))
            {
              fail_at (r, error, AICT_ERROR_PARSE, p,
                       _("noncharacter U+%04X is not allowed"), (guint) cp);
              return NULL;
            }
          n = 4;
          if (n > max_len - r->slen)
            {
              fail_string_too_long (r, error, is_key, max_len);
              return NULL;
            }
          sbuf_reserve (r, n);
          r->slen += (gsize) g_unichar_to_utf8 ((gunichar) cp, r->sbuf + r->slen);
          return p + 12;
        }
      if (is_noncharacter ((gunichar) cp))
        {
          fail_at (r, error, AICT_ERROR_PARSE, p,
                   _("noncharacter U+%04X is not allowed"), (guint) cp);
          return NULL;
        }
      n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
      if (n > max_len - r->slen)
        {
          fail_string_too_long (r, error, is_key, max_len);
          return NULL;
        }
      sbuf_reserve (r, n);
      r->slen += (gsize) g_unichar_to_utf8 ((gunichar) cp, r->sbuf + r->slen);
      return p + 6;

    default:
      {
        g_autoptr(GString) text = g_string_new ("“\\");

        if (p[1] < 0x20 || p[1] == 0x7F)
          {
            fail_at (r, error, AICT_ERROR_PARSE, p,
                     _("invalid escape “\\” followed by control character U+%04X"), p[1]);
            return NULL;
          }
        append_display_char (text, p + 1);
        g_string_append (text, "”");
        fail_at (r, error, AICT_ERROR_PARSE, p, _("invalid escape %s"), text->str);
        return NULL;
      }
    }

  if (r->slen >= max_len)
    {
      fail_string_too_long (r, error, is_key, max_len);
      return NULL;
    }
  sbuf_reserve (r, 1);
  r->sbuf[r->slen++] = (char) cp;

  return p + 2;
}

/* The first byte in [p, lim) that stops the fast scan of a string (see
 * is_string_stop()), or lim. */
static inline const guchar *
scan_string (const guchar *p,
             const guchar *lim)
{
#ifdef HAVE_SSE2
  {
    const __m128i quote = _mm_set1_epi8 ('"');
    const __m128i backslash = _mm_set1_epi8 ('\\');
    const __m128i space = _mm_set1_epi8 (0x20);

    while (lim - p >= 16)
      {
        __m128i v = _mm_loadu_si128 ((const __m128i *) (const void *) p);
        /* A signed comparison: bytes from 0x80 up are negative, so
         * "below 0x20" also catches every non-ASCII byte. */
        __m128i stop = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, quote),
                                                   _mm_cmpeq_epi8 (v, backslash)),
                                     _mm_cmplt_epi8 (v, space));
        int mask = _mm_movemask_epi8 (stop);

        if (mask != 0)
          return p + __builtin_ctz ((unsigned int) mask);
        p += 16;
      }
  }
#endif

  /* Eight bytes at a time while none of them stops the scan. */
  while (lim - p >= 8)
    {
      guint64 w, stop;

      memcpy (&w, p, 8);
      stop = ((((w ^ QUOTES) - ONES) & ~(w ^ QUOTES)) |
              (((w ^ BACKSLASHES) - ONES) & ~(w ^ BACKSLASHES)) |
              ((w - SPACES) & ~w) |
              w) & HIGHS;
      if (stop != 0)
        {
#if G_BYTE_ORDER == G_LITTLE_ENDIAN && (defined(__GNUC__) || defined(__clang__))
          /* The lowest flagged byte is exact. */
          p += __builtin_ctzll (stop) / 8;
#endif
          break;
        }
      p += 8;
    }
  while (p < lim && !is_string_stop (*p))
    p++;

  return p;
}

/* Copies @n bytes at @src, which the input holds up to @end, to @dst,
 * which has room for n + 16 bytes.  Most strings are short: a fixed
 * sixteen-byte copy is inlined where a call to memcpy() would cost more
 * than the copy (what lands past n is overwritten or ignored). */
static inline void
copy_span (char         *dst,
           const guchar *src,
           gsize         n,
           const guchar *end)
{
  if (n <= 16 && end - src >= 16)
    memcpy (dst, src, 16);
  else
    memcpy (dst, src, n);
}

/* read_string() past the fast path: the string starting at r->p (a '"'),
 * whose bytes up to @stop are plain (the fast scan stopped there), into
 * sbuf, at most @max_len decoded bytes. */
static gboolean
read_string_slow (AictJsonReader *r,
                  const guchar   *stop,
                  gsize           max_len,
                  gboolean        is_key,
                  GError        **error)
{
  const guchar *end = r->end;
  const guchar *p = r->p + 1;
  gboolean first = TRUE;

  r->slen = 0;

  for (;;)
    {
      const guchar *span = p;
      gsize remaining = max_len - r->slen;
      const guchar *lim = (gsize) (end - span) > remaining ? span + remaining + 1 : end;
      guchar c;

      for (;;)
        {
          if (first)
            {
              p = stop;
              first = FALSE;
            }
          else
            p = scan_string (p, lim);
          if (G_UNLIKELY (p >= lim))
            break;
          c = *p;
          if (c < 0x80)
            break;

          /* Non-ASCII: reject noncharacters, skip the sequence. */
          if (c == 0xEF)
            {
              if ((p[1] == 0xB7 && p[2] >= 0x90 && p[2] <= 0xAF) ||
                  (p[1] == 0xBF && p[2] >= 0xBE))
                return fail_at (r, error, AICT_ERROR_PARSE, p,
                                _("noncharacter U+%04X is not allowed"),
                                g_utf8_get_char ((const char *) p));
            }
          else if (c >= 0xF0)
            {
              if ((p[1] & 0x0F) == 0x0F && p[2] == 0xBF && p[3] >= 0xBE)
                return fail_at (r, error, AICT_ERROR_PARSE, p,
                                _("noncharacter U+%04X is not allowed"),
                                g_utf8_get_char ((const char *) p));
            }
          p += utf8_seq_len (c);
        }

      if (G_UNLIKELY (p >= lim))
        {
          if ((gsize) (p - span) > remaining)
            return fail_string_too_long (r, error, is_key, max_len);
          return fail_token (r, error, AICT_ERROR_PARSE, _("unterminated string"));
        }

      if (p > span)
        {
          gsize n = (gsize) (p - span);

          sbuf_reserve (r, n + 16);
          copy_span (r->sbuf + r->slen, span, n, end);
          r->slen += n;
        }

      c = *p;
      if (G_LIKELY (c == '"'))
        {
          p++;
          break;
        }

      if (c == '\\')
        {
          p = read_escape (r, p, max_len, is_key, error);
          if (p == NULL)
            return FALSE;
          continue;
        }

      /* A raw control character. */
      if (c == '\n' || c == '\r')
        return fail_at (r, error, AICT_ERROR_PARSE, p,
                        _("unescaped line break in string (missing closing quote?)"));
      return fail_at (r, error, AICT_ERROR_PARSE, p,
                      _("unescaped control character U+%04X in string"), c);
    }

  if (G_UNLIKELY (r->sbuf == NULL))
    sbuf_reserve (r, 0);
  r->sbuf[r->slen] = '\0';
  r->str = r->sbuf;
  r->p = p;

  return TRUE;
}

/* Reads the string value starting at r->p (a '"') into sbuf, at most
 * @max_len decoded bytes.  The token position must already be marked.
 * The fast path is a string of plain ASCII (no escape, no control, no
 * non-ASCII byte) within the limit, copied at once; anything else goes on
 * in read_string_slow() from where the scan stopped. */
static inline gboolean
read_string (AictJsonReader *r,
             gsize           max_len,
             GError        **error)
{
  const guchar *start = r->p + 1;
  const guchar *lim = (gsize) (r->end - start) > max_len ? start + max_len + 1 : r->end;
  const guchar *p = scan_string (start, lim);

  if (G_LIKELY (p < lim && *p == '"'))
    {
      gsize n = (gsize) (p - start);

      r->slen = 0;
      sbuf_reserve (r, n + 16);
      copy_span (r->sbuf, start, n, r->end);
      r->sbuf[n] = '\0';
      r->slen = n;
      r->str = r->sbuf;
      r->p = p + 1;
      return TRUE;
    }

  return read_string_slow (r, p, max_len, FALSE, error);
}

static gboolean
read_number (AictJsonReader *r,
             GError        **error)
{
  const guchar *end = r->end;
  const guchar *start = r->p;
  const guchar *p = start;
  gboolean fraction = FALSE;
  gboolean exponent = FALSE;
  gsize len;

  if (*p == '-')
    {
      p++;
      if (p >= end || !is_digit (*p))
        {
          if (end - p >= 8 && memcmp (p, "Infinity", 8) == 0)
            return fail_at (r, error, AICT_ERROR_PARSE, start,
                            _("“-Infinity” is not allowed in JSON"));
          return fail_at (r, error, AICT_ERROR_PARSE, start,
                          _("invalid number: expected a digit after “-”"));
        }
    }

  if (*p == '0')
    {
      p++;
      if (p < end && is_digit (*p))
        return fail_at (r, error, AICT_ERROR_PARSE, start, _("leading zero in number"));
    }
  else
    {
      while (p < end && is_digit (*p))
        p++;
    }

  if (p < end && *p == '.')
    {
      p++;
      if (p >= end || !is_digit (*p))
        return fail_at (r, error, AICT_ERROR_PARSE, p,
                        _("invalid number: expected a digit after the decimal point"));
      while (p < end && is_digit (*p))
        p++;
      fraction = TRUE;
    }

  if (p < end && (*p == 'e' || *p == 'E'))
    {
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      if (p >= end || !is_digit (*p))
        return fail_at (r, error, AICT_ERROR_PARSE, p,
                        _("invalid number: expected a digit in the exponent"));
      while (p < end && is_digit (*p))
        p++;
      exponent = TRUE;
    }

  if (p < end && !is_token_delimiter (*p))
    {
      const guchar *q;
      g_autofree char *text = NULL;

      if (p - start <= 2 && start[p - start - 1] == '0' &&
          (*p == 'x' || *p == 'X'))
        return fail_at (r, error, AICT_ERROR_PARSE, start,
                        _("hexadecimal numbers are not allowed in JSON"));
      if (p - start <= 2 && start[p - start - 1] == '0' &&
          (*p == 'b' || *p == 'B' || *p == 'o' || *p == 'O'))
        return fail_at (r, error, AICT_ERROR_PARSE, start,
                        _("binary and octal numbers are not allowed in JSON"));

      for (q = p; q < end && !is_token_delimiter (*q) && q - start < 64; q += utf8_seq_len (*q))
        ;
      if (q > end)
        q = end;
      text = quote_text ((const char *) start, (gsize) (q - start));
      return fail_at (r, error, AICT_ERROR_PARSE, start, _("invalid number %s"), text);
    }

  len = (gsize) (p - start);
  if (len > r->limits.max_number_len)
    return fail_at (r, error, LIMIT (r, "max-number-length"), start,
                    _("number longer than %u characters"), r->limits.max_number_len);

  r->lex_off = (gsize) (start - r->data);
  r->lex_len = len;
  r->lex_fraction = fraction;
  r->lex_exponent = exponent;
  r->p = p;

  return TRUE;
}

/* At the start of a value that is none of the valid ones. */
static gboolean COLD
fail_bad_value (AictJsonReader *r,
                GError        **error,
                const guchar   *p)
{
  const guchar *end = r->end;

  if (is_word_char (*p))
    {
      const guchar *q;
      g_autofree char *word = NULL;

      for (q = p; q < end && is_word_char (*q) && q - p < 64; q++)
        ;
      if (q - p == 3 && memcmp (p, "NaN", 3) == 0)
        return fail_at (r, error, AICT_ERROR_PARSE, p, _("“NaN” is not allowed in JSON"));
      if (q - p == 8 && memcmp (p, "Infinity", 8) == 0)
        return fail_at (r, error, AICT_ERROR_PARSE, p, _("“Infinity” is not allowed in JSON"));
      word = quote_text ((const char *) p, (gsize) (q - p));
      return fail_at (r, error, AICT_ERROR_PARSE, p,
                      _("invalid literal %s (expected a value: a string, a number, "
                      "an object, an array, true, false or null)"), word);
    }

  if (*p == '.' || *p == '+')
    return fail_at (r, error, AICT_ERROR_PARSE, p,
                    _("invalid number: a number cannot start with “%c”"), *p);

  return fail_unexpected (r, error, p, N_("a value"));
}

static gboolean COLD fail_not_closed (AictJsonReader *r,
                                 GError        **error,
                                 const char     *expected);

static inline Expect
expect_after_value (AictJsonReader *r)
{
  return r->depth == 0 ? EXPECT_EOF : EXPECT_COMMA_OR_END;
}

static gboolean
push_frame (AictJsonReader *r,
            gboolean        is_object,
            const guchar   *p,
            GError        **error)
{
  Frame *f;

  if (r->depth >= r->limits.max_depth)
    return fail_at (r, error, LIMIT (r, "max-depth"), p,
                    _("nesting deeper than %u levels"), r->limits.max_depth);

  if (G_UNLIKELY (r->depth == r->frames_cap))
    {
      guint cap = r->frames_cap < 8 ? 8 : r->frames_cap;
      guint i;

      if (r->frames_cap != 0)
        cap = r->frames_cap > G_MAXUINT / 2 ? G_MAXUINT : r->frames_cap * 2;
      if (cap > r->limits.max_depth)
        cap = r->limits.max_depth;
      r->frames = g_renew (Frame, r->frames, cap);
      for (i = r->frames_cap; i < cap; i++)
        {
          r->frames[i].table = NULL;
          r->frames[i].table_alloc = 0;
        }
      r->frames_cap = cap;
    }

  f = &r->frames[r->depth++];
  f->is_object = is_object;
  f->count = 0;
  f->key_base = r->n_keys;
  f->key_bytes_base = r->key_bytes_len;
  f->open_off = (gsize) (p - r->data);
  f->open_line = r->line;
  f->open_line_start = r->line_start;
  f->open_col = 0;
  f->table_size = 0;

  return TRUE;
}

static gboolean
read_value (AictJsonReader *r,
            AictJsonToken  *token,
            GError        **error)
{
  const guchar *p = r->p;
  const guchar *end = r->end;

  mark_token (r, p);

  if (G_UNLIKELY (p >= end))
    {
      if (r->depth == 0)
        return fail_at (r, error, AICT_ERROR_PARSE, p, _("empty document"));
      return fail_not_closed (r, error, N_("a value"));
    }

  if (r->depth > 0)
    {
      Frame *f = &r->frames[r->depth - 1];

      if (!f->is_object)
        {
          if (G_UNLIKELY (f->count >= r->limits.max_items))
            return fail_at (r, error, LIMIT (r, "max-items"), p,
                            _("array has more than %u items"), r->limits.max_items);
          f->count++;
        }
    }

  if (G_UNLIKELY (r->n_values >= r->limits.max_values))
    return fail_at (r, error, LIMIT (r, "max-values"), p,
                    _("more than %u values in the document"), r->limits.max_values);
  r->n_values++;

  switch (*p)
    {
    case '"':
      if (!read_string (r, r->limits.max_string, error))
        return FALSE;
      *token = AICT_JSON_TOKEN_STRING;
      r->expect = expect_after_value (r);
      break;

    case '{':
      if (!push_frame (r, TRUE, p, error))
        return FALSE;
      r->p = p + 1;
      *token = AICT_JSON_TOKEN_BEGIN_OBJECT;
      r->expect = EXPECT_MEMBER_OR_END_OBJECT;
      break;

    case '[':
      if (!push_frame (r, FALSE, p, error))
        return FALSE;
      r->p = p + 1;
      *token = AICT_JSON_TOKEN_BEGIN_ARRAY;
      r->expect = EXPECT_VALUE_OR_END_ARRAY;
      break;

    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      if (!read_number (r, error))
        return FALSE;
      *token = AICT_JSON_TOKEN_NUMBER;
      r->expect = expect_after_value (r);
      break;

    case 't':
      if (end - p >= 4 && memcmp (p, "true", 4) == 0 &&
          (end - p == 4 || !is_word_char (p[4])))
        {
          r->p = p + 4;
          *token = AICT_JSON_TOKEN_TRUE;
          r->expect = expect_after_value (r);
          break;
        }
      return fail_bad_value (r, error, p);

    case 'f':
      if (end - p >= 5 && memcmp (p, "false", 5) == 0 &&
          (end - p == 5 || !is_word_char (p[5])))
        {
          r->p = p + 5;
          *token = AICT_JSON_TOKEN_FALSE;
          r->expect = expect_after_value (r);
          break;
        }
      return fail_bad_value (r, error, p);

    case 'n':
      if (end - p >= 4 && memcmp (p, "null", 4) == 0 &&
          (end - p == 4 || !is_word_char (p[4])))
        {
          r->p = p + 4;
          *token = AICT_JSON_TOKEN_NULL;
          r->expect = expect_after_value (r);
          break;
        }
      return fail_bad_value (r, error, p);

    default:
      return fail_bad_value (r, error, p);
    }

  r->token = *token;
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Member names                                                             */
/* ------------------------------------------------------------------------ */

/* A seeded multiplicative hash, eight bytes at a time.  (The member limit
 * bounds the damage of deliberate collisions; the seed makes them hard to
 * prepare.) */
static inline guint32
key_hash (guint32     seed,
          const char *s,
          gsize       len)
{
  const guint64 k = G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  const gsize full = len;
  guint64 h = seed ^ (len * k);

  while (len >= 8)
    {
      guint64 w;

      memcpy (&w, s, 8);
      h = (h ^ w) * k;
      h ^= h >> 29;
      s += 8;
      len -= 8;
    }
  if (len > 0)
    {
      /* The tail with fixed-size loads (a variable-size copy to the stack
       * costs a store-forwarding stall): overlapping words if the name
       * had one, else two overlapping halves, else three bytes. */
      guint64 w;

      if (full >= 8)
        memcpy (&w, s + len - 8, 8);
      else if (len >= 4)
        {
          guint32 a, b;

          memcpy (&a, s, 4);
          memcpy (&b, s + len - 4, 4);
          w = ((guint64) a << 32) | b;
        }
      else
        w = ((guint64) (guchar) s[0] << 16) |
            ((guint64) (guchar) s[len / 2] << 8) |
            (guchar) s[len - 1];
      h = (h ^ w) * k;
      h ^= h >> 29;
    }
  h *= k;

  return (guint32) (h >> 32);
}

/* The first eight bytes of a name of @len bytes at @s, zero-padded, as one
 * word: with the length it tells most names apart without a call to
 * memcmp() or a hash.  @s must have eight readable bytes (key_bytes keeps
 * that much room past every name). */
static inline guint64
key_head (const char *s,
          gsize       len)
{
  guint64 w;

  memcpy (&w, s, 8);
  if (len < 8)
    {
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
      w &= (G_GUINT64_CONSTANT (1) << (len * 8)) - 1;
#else
      w &= ~(G_MAXUINT64 >> (len * 8));
#endif
    }

  return w;
}

static inline gboolean
key_equal (AictJsonReader *r,
           const KeyEntry *k,
           guint64         head,
           const char     *s,
           gsize           len)
{
  return k->head == head && k->len == len &&
         (len <= 8 || memcmp (r->key_bytes + k->off + 8, s + 8, len - 8) == 0);
}

static void
table_insert (Frame          *f,
              const KeyEntry *keys,
              gsize           rel_index)
{
  gsize mask = f->table_size - 1;
  gsize i = keys[f->key_base + rel_index].hash & mask;

  while (f->table[i] != 0)
    i = (i + 1) & mask;
  f->table[i] = (guint32) (rel_index + 1);
}

/* (Re)builds the table of @f for its @n entries at a load factor of at
 * most 1/2.  The names are hashed here: below SMALL_OBJECT members they
 * were only compared by head. */
static void
table_build (AictJsonReader *r,
             Frame          *f,
             gsize           n)
{
  KeyEntry *keys = r->keys + f->key_base;
  gsize size = 32;
  gsize i;

  while (size < n * 2 + 2)
    size *= 2;

  if (f->table_alloc < size)
    {
      g_free (f->table);
      f->table = g_new (guint32, size);
      f->table_alloc = size;
    }
  memset (f->table, 0, size * sizeof (guint32));
  f->table_size = size;

  for (i = 0; i < n; i++)
    {
      keys[i].hash = key_hash (r->hash_seed, r->key_bytes + keys[i].off, keys[i].len);
      table_insert (f, r->keys, i);
    }
}

/* Whether the name @s (@len bytes, its head @head) is already a member of
 * @f.  With a table, *hash is set to the name's hash. */
static gboolean
key_is_duplicate (AictJsonReader *r,
                  Frame          *f,
                  guint64         head,
                  const char     *s,
                  gsize           len,
                  guint32        *hash)
{
  const KeyEntry *keys;

  if (f->count == 0)
    return FALSE;   /* (and r->keys may still be NULL) */

  keys = r->keys + f->key_base;
  if (f->count <= SMALL_OBJECT)
    {
      guint i;

      for (i = 0; i < f->count; i++)
        if (key_equal (r, &keys[i], head, s, len))
          return TRUE;
      return FALSE;
    }
  else
    {
      gsize mask = f->table_size - 1;
      gsize i;
      guint32 e;

      *hash = key_hash (r->hash_seed, s, len);
      i = *hash & mask;
      while ((e = f->table[i]) != 0)
        {
          if (key_equal (r, &keys[e - 1], head, s, len))
            return TRUE;
          i = (i + 1) & mask;
        }
      return FALSE;
    }
}

/* Room in key_bytes for a name of @len bytes, its NUL and the slack that
 * copy_span() and key_head() need; returns where the name goes. */
static inline char *
key_bytes_reserve (AictJsonReader *r,
                   gsize           len)
{
  gsize need = r->key_bytes_len + len + 17;

  if (G_UNLIKELY (need > r->key_bytes_cap))
    {
      gsize cap = r->key_bytes_cap < 1024 ? 1024 : r->key_bytes_cap;

      while (cap < need)
        cap *= 2;
      r->key_bytes = g_realloc (r->key_bytes, cap);
      r->key_bytes_cap = cap;
    }

  return r->key_bytes + r->key_bytes_len;
}

/* Records the name just written at the end of key_bytes (@len bytes and
 * a NUL) as the next member of @f (the top frame). */
static inline void
key_push (AictJsonReader *r,
          Frame          *f,
          gsize           len,
          guint64         head,
          guint32         hash)
{
  KeyEntry *k;

  if (G_UNLIKELY (r->n_keys == r->keys_cap))
    {
      r->keys_cap = r->keys_cap < 64 ? 64 : r->keys_cap * 2;
      r->keys = g_renew (KeyEntry, r->keys, r->keys_cap);
    }

  k = &r->keys[r->n_keys++];
  k->off = r->key_bytes_len;
  k->len = len;
  k->head = head;
  k->hash = hash;
  r->key_bytes_len += len + 1;

  f->count++;

  /* f->count is now the number of entries. */
  if (G_UNLIKELY (f->count > SMALL_OBJECT))
    {
      if (f->table_size == 0 || (gsize) f->count * 2 + 2 > f->table_size)
        table_build (r, f, f->count);
      else
        table_insert (f, r->keys, f->count - 1);
    }
}

static gboolean
read_member (AictJsonReader *r,
             AictJsonToken  *token,
             GError        **error)
{
  Frame *f = &r->frames[r->depth - 1];
  const guchar *p = r->p;
  const guchar *start, *lim;
  gsize max_len = r->limits.max_key;
  char *name;
  gsize len;
  guint64 head;
  guint32 hash = 0;

  mark_token (r, p);

  if (G_UNLIKELY (p >= r->end || *p != '"'))
    {
      if (p >= r->end)
        return fail_not_closed (r, error, N_("a member name"));
      if (is_word_char (*p))
        {
          g_autofree char *found = describe_found (r, p);

          return fail_at (r, error, AICT_ERROR_PARSE, p,
                          _("member names must be strings in double quotes, found %s"),
                          found);
        }
      return fail_unexpected (r, error, p, N_("a member name (a string in double quotes)"));
    }

  if (G_UNLIKELY (f->count >= r->limits.max_members))
    return fail_at (r, error, LIMIT (r, "max-members"), p,
                    _("object has more than %u members"), r->limits.max_members);

  /* The name goes straight to key_bytes, where it stays while its object
   * is open (for duplicates and paths): read_string()'s fast path, with
   * the other destination. */
  start = p + 1;
  lim = (gsize) (r->end - start) > max_len ? start + max_len + 1 : r->end;
  p = scan_string (start, lim);
  if (G_LIKELY (p < lim && *p == '"'))
    {
      len = (gsize) (p - start);
      name = key_bytes_reserve (r, len);
      copy_span (name, start, len, r->end);
      r->p = p + 1;
    }
  else
    {
      if (!read_string_slow (r, p, max_len, TRUE, error))
        return FALSE;
      len = r->slen;
      name = key_bytes_reserve (r, len);
      memcpy (name, r->sbuf, len);
    }
  name[len] = '\0';

  head = key_head (name, len);
  if (G_UNLIKELY (key_is_duplicate (r, f, head, name, len, &hash)))
    {
      g_autofree char *quoted = quote_text (name, len);

      return fail_token (r, error, AICT_ERROR_PARSE, _("duplicate member name %s"), quoted);
    }
  key_push (r, f, len, head, hash);
  r->str = name;
  r->slen = len;

  skip_ws (r);
  p = r->p;
  if (G_UNLIKELY (p >= r->end || *p != ':'))
    return fail_unexpected (r, error, p, N_("“:” after the member name"));
  r->p = p + 1;

  *token = AICT_JSON_TOKEN_MEMBER;
  r->token = AICT_JSON_TOKEN_MEMBER;
  r->expect = EXPECT_VALUE;

  return TRUE;
}

static gboolean
end_container (AictJsonReader *r,
               AictJsonToken  *token)
{
  Frame *f = &r->frames[r->depth - 1];

  mark_token (r, r->p);

  if (f->is_object)
    {
      r->n_keys = f->key_base;
      r->key_bytes_len = f->key_bytes_base;
      *token = AICT_JSON_TOKEN_END_OBJECT;
    }
  else
    *token = AICT_JSON_TOKEN_END_ARRAY;

  r->depth--;
  r->p++;
  r->token = *token;
  r->expect = expect_after_value (r);

  return TRUE;
}

static gboolean COLD
fail_not_closed (AictJsonReader *r,
                 GError        **error,
                 const char     *expected)
{
  Frame *f = &r->frames[r->depth - 1];
  gsize col = f->open_col != 0 ? f->open_col : column_at (r, f->open_line_start, f->open_off);

  if (f->is_object)
    return fail_at (r, error, AICT_ERROR_PARSE, r->p,
                    /* TRANSLATORS: the numbers are a line and a column. */
                    _("unexpected end of data, expected %s (the object opened at %llu:%llu is not closed)"),
                    _(expected), (unsigned long long) f->open_line, (unsigned long long) col);
  return fail_at (r, error, AICT_ERROR_PARSE, r->p,
                  /* TRANSLATORS: the numbers are a line and a column. */
                  _("unexpected end of data, expected %s (the array opened at %llu:%llu is not closed)"),
                  _(expected), (unsigned long long) f->open_line, (unsigned long long) col);
}

/* Gives the pages before the read position back to the kernel, in steps
 * of DISCARD_STEP, so that loading a large file does not hold the whole
 * file and the model at once.  What error messages may still need from
 * there is kept first: the columns of the open containers and the column
 * cache of the current line.  Nothing else ever reads behind the
 * position: tokens only move forward and decoded strings live elsewhere. */
static void
discard_behind (AictJsonReader *r)
{
  gsize off = (gsize) (r->p - r->data);
  guintptr base = (guintptr) r->data;
  gsize page, target, from;

  if (off - r->discarded < DISCARD_STEP)
    return;

  page = (gsize) sysconf (_SC_PAGESIZE);

  target = (gsize) (((base + off) & ~(guintptr) (page - 1)) - base);
  from = (gsize) ((((base + r->discarded) + page - 1) & ~(guintptr) (page - 1)) - base);
  if (target <= from)
    return;

  for (guint i = 0; i < r->depth; i++)
    {
      Frame *f = &r->frames[i];

      if (f->open_col == 0 && f->open_off < target)
        f->open_col = column_at (r, f->open_line_start, f->open_off);
    }
  if (r->line_start < target)
    column_at (r, r->line_start, target);

  (void) madvise ((void *) (base + from), target - from, MADV_DONTNEED);
  r->discarded = target;
  update_slow_off (r);
}

/* Runs the monitor at the read position; on FALSE, its error is the
 * reader's error from then on (as for a syntax error). */
static gboolean COLD
call_monitor (AictJsonReader  *r,
              GError         **error)
{
  GError *monitor_error = NULL;
  gsize off = (gsize) (r->p - r->data);

  r->monitor_next = off > G_MAXSIZE - r->monitor_interval ? G_MAXSIZE
                                                          : off + r->monitor_interval;
  update_slow_off (r);

  if (r->monitor (off, (gsize) (r->end - r->data), r->monitor_data, &monitor_error))
    return TRUE;

  g_assert (monitor_error != NULL);
  g_clear_error (&r->saved_error);
  r->saved_error = monitor_error;
  set_status (r, STATUS_FAILED);
  r->token = AICT_JSON_TOKEN_NONE;
  if (error != NULL)
    *error = g_error_copy (r->saved_error);

  return FALSE;
}

void
aict_json_reader_set_monitor (AictJsonReader      *reader,
                              gsize                interval,
                              AictJsonMonitorFunc  monitor,
                              gpointer             user_data)
{
  g_return_if_fail (reader != NULL);
  g_return_if_fail (interval > 0);

  reader->monitor = monitor;
  reader->monitor_data = user_data;
  reader->monitor_interval = interval;
  reader->monitor_next = (gsize) (reader->p - reader->data);
  update_slow_off (reader);
}

void
aict_json_reader_set_discardable (AictJsonReader *reader,
                                  gboolean        discardable)
{
  g_return_if_fail (reader != NULL);

  reader->discardable = discardable;
  update_slow_off (reader);
}

gboolean
aict_json_reader_next (AictJsonReader *reader,
                       AictJsonToken  *token,
                       GError        **error)
{
  AictJsonReader *r = reader;
  const guchar *p;

  g_return_val_if_fail (reader != NULL, FALSE);
  g_return_val_if_fail (token != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *token = AICT_JSON_TOKEN_NONE;

  if (G_UNLIKELY ((gsize) (r->p - r->data) >= r->slow_off))
    {
      if (r->status == STATUS_START)
        {
          if (!reader_start (r, error))
            return FALSE;
        }
      else if (r->status == STATUS_FAILED)
        {
          g_propagate_error (error, g_error_copy (r->saved_error));
          return FALSE;
        }
      else if (r->status == STATUS_DONE)
        {
          r->token = AICT_JSON_TOKEN_NONE;
          g_set_error (error, AICT_ERROR, AICT_ERROR_FAILED,
                       _("%s: no more tokens after the end of the document"),
                       r->display_name);
          return FALSE;
        }

      if (r->discardable)
        discard_behind (r);

      if (r->monitor != NULL && (gsize) (r->p - r->data) >= r->monitor_next &&
          !call_monitor (r, error))
        return FALSE;
    }

  r->token = AICT_JSON_TOKEN_NONE;
  skip_ws (r);
  p = r->p;

  switch (r->expect)
    {
    case EXPECT_COMMA_OR_END:
      {
        Frame *f = &r->frames[r->depth - 1];
        guchar close = f->is_object ? '}' : ']';

        if (G_LIKELY (p < r->end))
          {
            if (*p == ',')
              {
                gsize comma_off = (gsize) (p - r->data);
                gsize comma_line = r->line;
                gsize comma_line_start = r->line_start;

                r->p = p + 1;
                skip_ws (r);
                if (r->p < r->end && *r->p == close)
                  return fail_pos (r, error, AICT_ERROR_PARSE,
                                   comma_line, comma_line_start, comma_off,
                                   _("trailing comma before “%c”"), close);
                if (f->is_object)
                  return read_member (r, token, error);
                return read_value (r, token, error);
              }
            if (*p == close)
              return end_container (r, token);
          }
        else
          return fail_not_closed (r, error,
                                  f->is_object ? N_("“,” or “}”") : N_("“,” or “]”"));

        return fail_unexpected (r, error, p,
                                f->is_object ? N_("“,” or “}” after the member value")
                                             : N_("“,” or “]” after the array item"));
      }

    case EXPECT_VALUE:
      if (G_UNLIKELY (p >= r->end && r->depth > 0))
        return fail_not_closed (r, error, N_("a value"));
      return read_value (r, token, error);

    case EXPECT_VALUE_OR_END_ARRAY:
      if (p < r->end && *p == ']')
        return end_container (r, token);
      if (G_UNLIKELY (p >= r->end))
        return fail_not_closed (r, error, N_("a value or “]”"));
      return read_value (r, token, error);

    case EXPECT_MEMBER_OR_END_OBJECT:
      if (p < r->end && *p == '}')
        return end_container (r, token);
      if (G_UNLIKELY (p >= r->end))
        return fail_not_closed (r, error, N_("a member name or “}”"));
      return read_member (r, token, error);

    case EXPECT_EOF:
      if (p < r->end)
        return fail_at (r, error, AICT_ERROR_PARSE, p,
                        _("trailing data after the top-level value"));
      mark_token (r, p);
      set_status (r, STATUS_DONE);
      *token = AICT_JSON_TOKEN_END;
      r->token = AICT_JSON_TOKEN_END;
      return TRUE;

    default:
      g_assert_not_reached ();
    }

  return FALSE;
}

gboolean
aict_json_reader_skip_value (AictJsonReader *reader,
                             AictJsonToken   first,
                             GError        **error)
{
  guint target;

  g_return_val_if_fail (reader != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (first == reader->token, FALSE);
  g_return_val_if_fail (first != AICT_JSON_TOKEN_NONE &&
                        first != AICT_JSON_TOKEN_MEMBER &&
                        first != AICT_JSON_TOKEN_END_OBJECT &&
                        first != AICT_JSON_TOKEN_END_ARRAY &&
                        first != AICT_JSON_TOKEN_END, FALSE);

  if (first != AICT_JSON_TOKEN_BEGIN_OBJECT && first != AICT_JSON_TOKEN_BEGIN_ARRAY)
    return TRUE;

  g_assert (reader->depth > 0);
  target = reader->depth - 1;

  for (;;)
    {
      AictJsonToken token;

      if (!aict_json_reader_next (reader, &token, error))
        return FALSE;
      if ((token == AICT_JSON_TOKEN_END_OBJECT || token == AICT_JSON_TOKEN_END_ARRAY) &&
          reader->depth == target)
        return TRUE;
    }
}

/* ------------------------------------------------------------------------ */
/* Accessors                                                                */
/* ------------------------------------------------------------------------ */

const char *
aict_json_reader_get_string (AictJsonReader *reader,
                             gsize          *len)
{
  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (reader->token == AICT_JSON_TOKEN_STRING ||
                        reader->token == AICT_JSON_TOKEN_MEMBER, NULL);

  if (len != NULL)
    *len = reader->slen;

  return reader->str;
}

const char *
aict_json_reader_get_lexeme (AictJsonReader *reader,
                             gsize          *len,
                             gboolean       *has_fraction,
                             gboolean       *has_exponent)
{
  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (reader->token == AICT_JSON_TOKEN_NUMBER, NULL);

  if (len != NULL)
    *len = reader->lex_len;
  if (has_fraction != NULL)
    *has_fraction = reader->lex_fraction;
  if (has_exponent != NULL)
    *has_exponent = reader->lex_exponent;

  return (const char *) reader->data + reader->lex_off;
}

guint
aict_json_reader_get_line (AictJsonReader *reader)
{
  g_return_val_if_fail (reader != NULL, 0);

  return clamp_to_uint (reader->tok_line);
}

guint
aict_json_reader_get_column (AictJsonReader *reader)
{
  g_return_val_if_fail (reader != NULL, 0);

  return clamp_to_uint (column_at (reader, reader->tok_line_start, reader->tok_off));
}

static gboolean
is_identifier (const char *s,
               gsize       len)
{
  gsize i;

  if (len == 0 || is_digit ((guchar) s[0]))
    return FALSE;
  for (i = 0; i < len; i++)
    if (!is_word_char ((guchar) s[i]))
      return FALSE;

  return TRUE;
}

/* .name or ['name'] (RFC 9535 normalized-path escaping in brackets); with
 * @shorten, names are cut after QUOTE_MAX_CHARS characters. */
static void
append_path_key (GString    *out,
                 const char *s,
                 gsize       len,
                 gboolean    shorten)
{
  const guchar *p = (const guchar *) s;
  const guchar *end = p + len;
  guint n_chars = 0;

  if (is_identifier (s, len) && (!shorten || len <= QUOTE_MAX_CHARS))
    {
      g_string_append_c (out, '.');
      g_string_append_len (out, s, (gssize) len);
      return;
    }

  g_string_append (out, "['");
  while (p < end)
    {
      if (shorten && n_chars == QUOTE_MAX_CHARS)
        {
          g_string_append (out, "…");
          break;
        }
      n_chars++;
      if (*p == '\'' || *p == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, (char) *p++);
        }
      else if (*p < 0x20)
        p += append_display_char (out, p);
      else
        {
          gsize n = utf8_seq_len (*p);

          g_string_append_len (out, (const char *) p, (gssize) n);
          p += n;
        }
    }
  g_string_append (out, "']");
}

static char *
build_path (AictJsonReader *r,
            gboolean        shorten)
{
  GString *out = g_string_sized_new (64);
  guint i;

  g_string_append_c (out, '$');
  for (i = 0; i < r->depth; i++)
    {
      const Frame *f = &r->frames[i];

      if (f->count == 0)
        continue;
      if (f->is_object)
        {
          const KeyEntry *k = &r->keys[f->key_base + f->count - 1];

          append_path_key (out, r->key_bytes + k->off, k->len, shorten);
        }
      else
        g_string_append_printf (out, "[%u]", f->count - 1);
    }

  return g_string_free (out, FALSE);
}

char *
aict_json_reader_dup_path (AictJsonReader *reader)
{
  g_return_val_if_fail (reader != NULL, NULL);

  return build_path (reader, FALSE);
}

void
aict_json_reader_set_error (AictJsonReader *reader,
                            GError        **error,
                            int             code,
                            const char     *format,
                            ...)
{
  g_autofree char *message = NULL;
  g_autofree char *path = NULL;
  va_list args;

  g_return_if_fail (reader != NULL);
  g_return_if_fail (format != NULL);

  if (error == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (!g_utf8_validate (message, -1, NULL))
    {
      char *valid = g_utf8_make_valid (message, -1);

      g_free (message);
      message = valid;
    }

  path = build_path (reader, TRUE);
  g_set_error (error, AICT_ERROR, code, "%s:%u:%u: %s: %s",
               reader->display_name,
               aict_json_reader_get_line (reader),
               aict_json_reader_get_column (reader),
               path, message);
}

/* ------------------------------------------------------------------------ */
/* Numbers                                                                  */
/* ------------------------------------------------------------------------ */

/* Appends the decimal digits [p, end) to *acc; FALSE if it would exceed
 * MAX_SAFE_INTEGER. */
static gboolean
accumulate_digits (guint64      *acc,
                   const char   *p,
                   const char   *end)
{
  guint64 v = *acc;

  for (; p < end; p++)
    {
      v = v * 10 + (guint64) (*p - '0');   /* v <= 2^53 - 1, so no wrap */
      if (v > MAX_SAFE_INTEGER)
        return FALSE;
    }
  *acc = v;

  return TRUE;
}

gboolean
aict_json_reader_get_int (AictJsonReader *reader,
                          gint64         *value,
                          GError        **error)
{
  const char *lexeme;
  const char *p, *end;
  g_autofree char *text = NULL;
  gboolean negative;
  guint64 v = 0;

  g_return_val_if_fail (reader != NULL, FALSE);
  g_return_val_if_fail (reader->token == AICT_JSON_TOKEN_NUMBER, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  lexeme = (const char *) reader->data + reader->lex_off;
  end = lexeme + reader->lex_len;

  if (reader->lex_fraction || reader->lex_exponent)
    {
      text = quote_text (lexeme, reader->lex_len);
      aict_json_reader_set_error (reader, error, AICT_ERROR_SCHEMA,
                                  _("expected an integer, found %s"), text);
      return FALSE;
    }

  p = lexeme;
  negative = (*p == '-');
  if (negative)
    p++;

  if (!accumulate_digits (&v, p, end))
    {
      text = quote_text (lexeme, reader->lex_len);
      aict_json_reader_set_error (reader, error, AICT_ERROR_OVERFLOW,
                                  _("integer %s is out of range "
                                  "(at most ±9007199254740991, 2^53 − 1)"), text);
      return FALSE;
    }

  *value = negative ? -(gint64) v : (gint64) v;
  return TRUE;
}

gboolean
aict_json_reader_get_decimal (AictJsonReader *reader,
                              guint           max_decimals,
                              gint64         *scaled,
                              GError        **error)
{
  const char *lexeme;
  const char *p, *end, *int_end, *frac, *frac_end;
  g_autofree char *text = NULL;
  gboolean negative;
  guint64 v = 0;
  gsize n_frac;
  guint i;

  g_return_val_if_fail (reader != NULL, FALSE);
  g_return_val_if_fail (reader->token == AICT_JSON_TOKEN_NUMBER, FALSE);
  g_return_val_if_fail (scaled != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  lexeme = (const char *) reader->data + reader->lex_off;
  end = lexeme + reader->lex_len;

  /* The quoted lexeme is only made for an error: this is a hot path. */
  if (reader->lex_exponent)
    {
      text = quote_text (lexeme, reader->lex_len);
      aict_json_reader_set_error (reader, error, AICT_ERROR_SCHEMA,
                                  _("write the number without an exponent, found %s"), text);
      return FALSE;
    }

  p = lexeme;
  negative = (*p == '-');
  if (negative)
    p++;

  for (int_end = p; int_end < end && *int_end != '.'; int_end++)
    ;
  frac = int_end < end ? int_end + 1 : end;
  frac_end = end;
  while (frac_end > frac && frac_end[-1] == '0')
    frac_end--;
  n_frac = (gsize) (frac_end - frac);

  if (n_frac > max_decimals)
    {
      text = quote_text (lexeme, reader->lex_len);
      aict_json_reader_set_error (reader, error, AICT_ERROR_SCHEMA,
                                  _("at most %u decimal places, found %s"),
                                  max_decimals, text);
      return FALSE;
    }

  if (!accumulate_digits (&v, p, int_end) || !accumulate_digits (&v, frac, frac_end))
    goto overflow;

  for (i = (guint) n_frac; i < max_decimals && v != 0; i++)
    {
      if (v > MAX_SAFE_INTEGER / 10)
        goto overflow;
      v *= 10;
    }

  *scaled = negative ? -(gint64) v : (gint64) v;
  return TRUE;

overflow:
  text = quote_text (lexeme, reader->lex_len);
  aict_json_reader_set_error (reader, error, AICT_ERROR_OVERFLOW,
                              _("number %s with %u decimal places is out of range "
                              "(at most ±9007199254740991 units of 10^-%u)"),
                              text, max_decimals, max_decimals);
  return FALSE;
}
