/* SPDX-License-Identifier: LGPL-2.1-or-later */

/* Canonical JSON output; see aict-json-writer-private.h for the format.
 *
 * The writer keeps one byte of state per open container on a small stack:
 * whether it is an object and whether it already has a member or item (so
 * the next one needs ",\n").  In an object, @after_member says a member name
 * was written and its value is due.  Misuse is a programming error of the
 * encoder and is g_assert()ed.
 *
 * Speed matters (the encoder writes tens of MB): strings are scanned eight
 * bytes at a time for anything that is not plain printable ASCII, runs that
 * need no escape are appended with one memcpy, and UTF-8 is checked inline
 * while the scan steps over non-ASCII characters, so the "valid UTF-8"
 * assertion costs almost nothing. */

#include <string.h>

#include "aict-json-writer-private.h"

#define FRAME_OBJECT    (1u << 0)
#define FRAME_HAS_ITEMS (1u << 1)

#define INLINE_STACK 32

struct _AictJsonWriter
{
  GString  *buf;
  guint8   *stack;        /* FRAME_* flags per open container */
  guint     depth;
  guint     stack_alloc;
  gboolean  after_member; /* a member name was written, its value is due */
  gboolean  done;         /* the top-level value is complete */
  guint8    inline_stack[INLINE_STACK];
};

AictJsonWriter *
aict_json_writer_new (gsize size_hint)
{
  AictJsonWriter *writer = g_new0 (AictJsonWriter, 1);

  writer->buf = g_string_sized_new (size_hint > 0 ? size_hint : 1024);
  writer->stack = writer->inline_stack;
  writer->stack_alloc = INLINE_STACK;

  return writer;
}

void
aict_json_writer_free (AictJsonWriter *writer)
{
  if (writer == NULL)
    return;

  if (writer->stack != writer->inline_stack)
    g_free (writer->stack);
  if (writer->buf != NULL)
    g_string_free (writer->buf, TRUE);
  g_free (writer);
}

/* Appending.  GLib 2.74's g_string_append_len() goes through
 * g_string_insert_len() and costs more than the copy for the short pieces
 * written here; these inline helpers keep GString's invariants (len,
 * allocated_len, NUL terminator) and let GString do the growing. */

/* Makes room for @n more bytes and returns where they go; the caller writes
 * exactly @n bytes there. */
static inline char *
buf_extend (GString *buf,
            gsize    n)
{
  gsize old_len = buf->len;

  if (G_UNLIKELY (old_len + n >= buf->allocated_len))
    g_string_set_size (buf, old_len + n);   /* grows geometrically */
  else
    buf->len = old_len + n;
  buf->str[buf->len] = '\0';

  return buf->str + old_len;
}

static inline void
buf_append (GString    *buf,
            const char *data,
            gsize       n)
{
  memcpy (buf_extend (buf, n), data, n);
}

static inline void
buf_putc (GString *buf,
          char     c)
{
  *buf_extend (buf, 1) = c;
}

/* Starts a new line for the next member or item of the innermost container:
 * ",\n" or "\n", then the indentation, and reserves @extra more bytes,
 * which the caller writes at the returned address. */
static inline char *
begin_entry (AictJsonWriter *writer,
             gsize           extra)
{
  guint8 *top = &writer->stack[writer->depth - 1];
  gsize comma = (*top & FRAME_HAS_ITEMS) ? 1 : 0;
  gsize indent = (gsize) writer->depth * 2;
  char *p = buf_extend (writer->buf, comma + 1 + indent + extra);

  if (comma)
    *p++ = ',';
  *p++ = '\n';
  memset (p, ' ', indent);
  *top |= FRAME_HAS_ITEMS;

  return p + indent;
}

/* Called before every value (scalar or container). */
static inline void
begin_value (AictJsonWriter *writer)
{
  if (writer->depth == 0)
    {
      g_assert (!writer->done);   /* one top-level value only */
      return;
    }

  if (writer->stack[writer->depth - 1] & FRAME_OBJECT)
    {
      g_assert (writer->after_member);   /* a value in an object needs a member */
      writer->after_member = FALSE;
    }
  else
    {
      begin_entry (writer, 0);
    }
}

/* Called after every complete value. */
static inline void
end_value (AictJsonWriter *writer)
{
  if (writer->depth == 0)
    {
      writer->done = TRUE;
      buf_putc (writer->buf, '\n');
    }
}

static void
push (AictJsonWriter *writer,
      guint8          frame)
{
  if (writer->depth == writer->stack_alloc)
    {
      guint new_alloc = writer->stack_alloc * 2;

      if (writer->stack == writer->inline_stack)
        {
          writer->stack = g_malloc (new_alloc);
          memcpy (writer->stack, writer->inline_stack, writer->depth);
        }
      else
        {
          writer->stack = g_realloc (writer->stack, new_alloc);
        }
      writer->stack_alloc = new_alloc;
    }

  writer->stack[writer->depth++] = frame;
}

static void
begin_container (AictJsonWriter *writer,
                 gboolean        is_object)
{
  g_assert (writer != NULL);

  begin_value (writer);
  buf_putc (writer->buf, is_object ? '{' : '[');
  push (writer, is_object ? FRAME_OBJECT : 0);
}

static void
end_container (AictJsonWriter *writer,
               gboolean        is_object)
{
  guint8 frame;

  g_assert (writer != NULL);
  g_assert (writer->depth > 0);                               /* unbalanced end */
  frame = writer->stack[writer->depth - 1];
  g_assert (((frame & FRAME_OBJECT) != 0) == (is_object != FALSE)); /* wrong kind */
  g_assert (!writer->after_member);                           /* member without value */

  writer->depth--;
  if (frame & FRAME_HAS_ITEMS)
    {
      gsize indent = (gsize) writer->depth * 2;
      char *p = buf_extend (writer->buf, 1 + indent);

      *p = '\n';
      memset (p + 1, ' ', indent);
    }
  buf_putc (writer->buf, is_object ? '}' : ']');
  end_value (writer);
}

void
aict_json_writer_begin_object (AictJsonWriter *writer)
{
  begin_container (writer, TRUE);
}

void
aict_json_writer_end_object (AictJsonWriter *writer)
{
  end_container (writer, TRUE);
}

void
aict_json_writer_begin_array (AictJsonWriter *writer)
{
  begin_container (writer, FALSE);
}

void
aict_json_writer_end_array (AictJsonWriter *writer)
{
  end_container (writer, FALSE);
}

/* Escaping. */

/* Nonzero for bytes that stop the fast scan: C0 controls, '"', '\\' and
 * every byte >= 0x80 (UTF-8 is checked, and U+2028/U+2029 escaped). */
static const guint8 stop_byte[256] = {
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0x00 */
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0x10 */
  0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0x20 '"' */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0x30 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0x40 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,   /* 0x50 '\\' */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0x60 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0x70 */
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0x80 … 0xff */
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

#define ONES  G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS G_GUINT64_CONSTANT (0x8080808080808080)

/* Nonzero if one of the eight bytes of @w is < 0x20, '"', '\\' or >= 0x80.
 * The classic "has a byte less than n" / "has a zero byte" tricks.  A borrow
 * can flag a plain byte, but a borrow only comes from a byte that really
 * needs attention, so a nonzero result always means the word holds one (on
 * either byte order), and the caller then continues byte by byte. */
static inline guint64
word_needs_attention (guint64 w)
{
  guint64 quote = w ^ (ONES * '"');
  guint64 backslash = w ^ (ONES * '\\');

  return ((w - ONES * 0x20) |
          (quote - ONES) |
          (backslash - ONES) |
          w) & HIGHS;
}

/* Length of the valid UTF-8 sequence starting with the non-ASCII byte at
 * @p, or 0 if it is not valid UTF-8.  The string is NUL-terminated and the
 * checks short-circuit, so a truncated sequence stops at the NUL (not a
 * continuation byte) without reading past it. */
static inline gsize
utf8_sequence_length (const guint8 *p)
{
  guint8 c = p[0];

#define CONT(b) (((b) & 0xc0) == 0x80)
  if (c >= 0xc2 && c <= 0xdf)
    return CONT (p[1]) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef)
    {
      guint8 lo = 0x80, hi = 0xbf;

      if (c == 0xe0)
        lo = 0xa0;                 /* overlong */
      else if (c == 0xed)
        hi = 0x9f;                 /* surrogates */
      return (p[1] >= lo && p[1] <= hi && CONT (p[2])) ? 3 : 0;
    }
  if (c >= 0xf0 && c <= 0xf4)
    {
      guint8 lo = 0x80, hi = 0xbf;

      if (c == 0xf0)
        lo = 0x90;                 /* overlong */
      else if (c == 0xf4)
        hi = 0x8f;                 /* > U+10FFFF */
      return (p[1] >= lo && p[1] <= hi && CONT (p[2]) && CONT (p[3])) ? 4 : 0;
    }
#undef CONT
  return 0;
}

static void
append_escaped (GString    *buf,
                const char *value)
{
  static const char hex[] = "0123456789abcdef";
  const guint8 *p = (const guint8 *) value;
  const guint8 *end = p + strlen (value);
  const guint8 *run = p;

  buf_putc (buf, '"');

  for (;;)
    {
      guint8 c;

      /* Fast path: skip eight plain bytes at a time, then byte by byte up
       * to the next byte that needs a look.  A word that needs attention
       * always holds a real stop byte (see word_needs_attention()). */
      while (end - p >= (gssize) sizeof (guint64))
        {
          guint64 w;

          memcpy (&w, p, sizeof w);
          if (word_needs_attention (w))
            break;
          p += sizeof w;
        }
      while (p < end && !stop_byte[*p])
        p++;
      if (p == end)
        break;

      c = *p;

      if (c >= 0x80)
        {
          gsize n = utf8_sequence_length (p);

          g_assert (n != 0);   /* @value must be valid UTF-8 */
          if (G_UNLIKELY (n == 0))
            n = 1;   /* G_DISABLE_ASSERT: copy the byte as it is */

          /* U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR are
           * E2 80 A8 and E2 80 A9. */
          if (G_UNLIKELY (c == 0xe2 && p[1] == 0x80 && (p[2] == 0xa8 || p[2] == 0xa9)))
            {
              buf_append (buf, (const char *) run, p - run);
              buf_append (buf, p[2] == 0xa8 ? "\\u2028" : "\\u2029", 6);
              p += 3;
              run = p;
            }
          else
            {
              p += n;
            }
          continue;
        }

      /* A C0 control, '"' or '\\'. */
      buf_append (buf, (const char *) run, p - run);
      switch (c)
        {
        case '"':  buf_append (buf, "\\\"", 2); break;
        case '\\': buf_append (buf, "\\\\", 2); break;
        case '\b': buf_append (buf, "\\b", 2); break;
        case '\f': buf_append (buf, "\\f", 2); break;
        case '\n': buf_append (buf, "\\n", 2); break;
        case '\r': buf_append (buf, "\\r", 2); break;
        case '\t': buf_append (buf, "\\t", 2); break;
        default:
          {
            char esc[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf] };

            buf_append (buf, esc, sizeof esc);
          }
          break;
        }
      p++;
      run = p;
    }

  buf_append (buf, (const char *) run, p - run);
  buf_putc (buf, '"');
}

/* TRUE if @key (@len bytes) is plain printable ASCII without '"' or '\\'. */
G_GNUC_UNUSED static gboolean
is_plain_key (const char *key,
              gsize       len)
{
  const guint8 *p = (const guint8 *) key;
  const guint8 *end = p + len;

  for (; end - p >= (gssize) sizeof (guint64); p += sizeof (guint64))
    {
      guint64 w;

      memcpy (&w, p, sizeof w);
      if (word_needs_attention (w))
        return FALSE;
    }
  for (; p < end; p++)
    if (stop_byte[*p])
      return FALSE;

  return TRUE;
}

void
aict_json_writer_member (AictJsonWriter *writer,
                         const char     *key)
{
  gsize len;
  char *p;

  g_assert (writer != NULL);
  g_assert (key != NULL);
  g_assert (writer->depth > 0);                                  /* outside any object */
  g_assert (writer->stack[writer->depth - 1] & FRAME_OBJECT);    /* member in an array */
  g_assert (!writer->after_member);                              /* two members in a row */

  len = strlen (key);
  g_assert (is_plain_key (key, len));   /* our own names: nothing to escape */

  /* "KEY": */
  p = begin_entry (writer, len + 4);
  p[0] = '"';
  memcpy (p + 1, key, len);
  memcpy (p + 1 + len, "\": ", 3);

  writer->after_member = TRUE;
}

void
aict_json_writer_member_escaped (AictJsonWriter *writer,
                                 const char     *key)
{
  g_assert (writer != NULL);
  g_assert (key != NULL);
  g_assert (writer->depth > 0);
  g_assert (writer->stack[writer->depth - 1] & FRAME_OBJECT);
  g_assert (!writer->after_member);

  begin_entry (writer, 0);
  append_escaped (writer->buf, key);
  buf_append (writer->buf, ": ", 2);

  writer->after_member = TRUE;
}

void
aict_json_writer_string (AictJsonWriter *writer,
                         const char     *value)
{
  g_assert (writer != NULL);
  g_assert (value != NULL);

  begin_value (writer);
  append_escaped (writer->buf, value);
  end_value (writer);
}

void
aict_json_writer_member_string (AictJsonWriter *writer,
                                const char     *key,
                                const char     *value)
{
  aict_json_writer_member (writer, key);
  aict_json_writer_string (writer, value);
}

/* Numbers. */

/* Writes the decimal digits of @v ending just before @end; returns the
 * first digit.  @end must have room for 20 digits before it. */
static inline char *
format_u64 (guint64  v,
            char    *end)
{
  char *p = end;

  do
    {
      *--p = (char) ('0' + v % 10);
      v /= 10;
    }
  while (v != 0);

  return p;
}

/* |v| without overflow for G_MININT64. */
static inline guint64
abs_u64 (gint64 v)
{
  return v < 0 ? (guint64) 0 - (guint64) v : (guint64) v;
}

void
aict_json_writer_int (AictJsonWriter *writer,
                      gint64          value)
{
  char digits[24];
  char *end = digits + sizeof digits;
  char *p;

  g_assert (writer != NULL);

  begin_value (writer);
  p = format_u64 (abs_u64 (value), end);
  if (value < 0)
    *--p = '-';
  buf_append (writer->buf, p, end - p);
  end_value (writer);
}

void
aict_json_writer_number_lexeme (AictJsonWriter *writer,
                                const char     *lexeme)
{
  g_assert (writer != NULL);
  g_assert (lexeme != NULL && lexeme[0] != '\0');

  begin_value (writer);
  buf_append (writer->buf, lexeme, strlen (lexeme));
  end_value (writer);
}

void
aict_json_writer_decimal (AictJsonWriter *writer,
                          gint64          scaled,
                          guint           decimals)
{
  char digits[24];
  char *end = digits + sizeof digits;
  char *p;
  gsize n_digits;
  GString *buf;

  g_assert (writer != NULL);

  begin_value (writer);
  buf = writer->buf;

  p = format_u64 (abs_u64 (scaled), end);
  n_digits = end - p;

  if (scaled < 0)
    buf_putc (buf, '-');

  if (decimals == 0 || scaled == 0)
    {
      buf_append (buf, p, n_digits);
    }
  else
    {
      gsize n_int, n_frac_digits, n_zeros;
      char *frac_end = end;

      /* Integer part: the digits before the last @decimals, or "0". */
      if (n_digits > decimals)
        {
          n_int = n_digits - decimals;
          buf_append (buf, p, n_int);
        }
      else
        {
          n_int = 0;
          buf_putc (buf, '0');
        }

      /* Fraction: the remaining digits, after leading zeros if there are
       * fewer digits than @decimals, without trailing zeros. */
      while (frac_end > p + n_int && frac_end[-1] == '0')
        frac_end--;
      n_frac_digits = frac_end - (p + n_int);
      if (n_frac_digits > 0)
        {
          n_zeros = decimals > n_digits ? decimals - n_digits : 0;
          buf_putc (buf, '.');
          while (n_zeros > 0)
            {
              gsize chunk = MIN (n_zeros, 16);

              buf_append (buf, "0000000000000000", chunk);
              n_zeros -= chunk;
            }
          buf_append (buf, p + n_int, n_frac_digits);
        }
    }

  end_value (writer);
}

void
aict_json_writer_boolean (AictJsonWriter *writer,
                          gboolean        value)
{
  g_assert (writer != NULL);

  begin_value (writer);
  if (value)
    buf_append (writer->buf, "true", 4);
  else
    buf_append (writer->buf, "false", 5);
  end_value (writer);
}

void
aict_json_writer_null (AictJsonWriter *writer)
{
  g_assert (writer != NULL);

  begin_value (writer);
  buf_append (writer->buf, "null", 4);
  end_value (writer);
}

/* Finishing. */

static GString *
steal_finished (AictJsonWriter *writer)
{
  GString *buf;

  g_assert (writer != NULL);
  g_assert (writer->done);          /* no top-level value, or one still open */
  g_assert (writer->depth == 0);

  buf = g_steal_pointer (&writer->buf);
  aict_json_writer_free (writer);

  return buf;
}

GBytes *
aict_json_writer_free_to_bytes (AictJsonWriter *writer)
{
  return g_string_free_to_bytes (steal_finished (writer));
}

char *
aict_json_writer_free_to_string (AictJsonWriter *writer,
                                 gsize          *len)
{
  GString *buf = steal_finished (writer);

  if (len != NULL)
    *len = buf->len;

  return g_string_free (buf, FALSE);
}
