/* SPDX-License-Identifier: LGPL-2.1-or-later */
#ifndef G_LOG_DOMAIN
# define G_LOG_DOMAIN "Aict"
#endif

#include <string.h>
#include <errno.h>
#include <glib.h>
#include <glib/gstdio.h>

#include <aict/aict-error.h>
#include "aict-mo-private.h"

/* The GNU .mo layout (gettext manual, "The Format of GNU MO Files"):
 *
 *   0   magic 0x950412de, in the byte order of the file
 *   4   file format revision (major << 16 | minor)
 *   8   N, number of strings
 *   12  O, offset of the table of original strings
 *   16  T, offset of the table of translated strings
 *   20  S, size of the hashing table
 *   24  H, offset of the hashing table
 *
 * Each table has N entries of two 32-bit words: length (without the NUL)
 * and offset of the string. */
#define MO_MAGIC          0x950412deU
#define MO_MAGIC_SWAPPED  0xde120495U
#define MO_HEADER_SIZE    28u

struct _AictMo
{
  GBytes     *bytes;
  GHashTable *table;    /* const char *msgid → const char *msgstr, in bytes */
};

static inline guint32
read_u32 (const guint8 *p,
          gboolean      big_endian)
{
  if (big_endian)
    return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
  else
    return ((guint32) p[3] << 24) | ((guint32) p[2] << 16) | ((guint32) p[1] << 8) | p[0];
}

/* Checks that the table entry @index at @table_offset lies in the data and
 * that the string it describes, followed by its NUL, does too.  On success
 * sets @str and @len. */
static gboolean
get_string (const guint8  *data,
            gsize          size,
            gboolean       big_endian,
            guint32        table_offset,
            guint32        index,
            const char   **str,
            guint32       *len)
{
  guint64 entry = (guint64) table_offset + (guint64) index * 8u;
  guint32 length, offset;

  g_assert (entry + 8u <= size);   /* checked for the whole table before */

  length = read_u32 (data + entry, big_endian);
  offset = read_u32 (data + entry + 4u, big_endian);

  if ((guint64) offset + (guint64) length + 1u > size)
    return FALSE;
  if (data[(gsize) offset + length] != '\0')
    return FALSE;

  *str = (const char *) data + offset;
  *len = length;

  return TRUE;
}

/* The header is "Name: value\n" lines; we only care that the charset, if
 * given, is UTF-8. */
static gboolean
header_charset_is_utf8 (const char *header,
                        char      **charset_out)
{
  const char *p = strstr (header, "charset=");
  const char *end;
  char *charset;
  gboolean ok;

  if (p == NULL)
    return TRUE;

  p += strlen ("charset=");
  end = p + strcspn (p, " \t;\n");
  charset = g_strndup (p, (gsize) (end - p));
  ok = (g_ascii_strcasecmp (charset, "UTF-8") == 0 ||
        g_ascii_strcasecmp (charset, "UTF8") == 0 ||
        g_ascii_strcasecmp (charset, "ASCII") == 0 ||
        g_ascii_strcasecmp (charset, "US-ASCII") == 0 ||
        g_ascii_strcasecmp (charset, "CHARSET") == 0);   /* unfilled template */
  if (ok)
    g_free (charset);
  else
    *charset_out = charset;

  return ok;
}

AictMo *
aict_mo_new_from_bytes (GBytes  *bytes,
                        GError **error)
{
  g_autoptr(GHashTable) table = NULL;
  const guint8 *data;
  gsize size;
  gboolean big_endian;
  guint32 magic, revision, n, orig_offset, trans_offset;
  AictMo *self;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);

  if (size > AICT_MO_MAX_SIZE)
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_LIMIT,
                   "message catalog is larger than %u bytes", AICT_MO_MAX_SIZE);
      return NULL;
    }

  if (size < MO_HEADER_SIZE)
    {
      g_set_error_literal (error, AICT_ERROR, AICT_ERROR_CORRUPT,
                           "message catalog is truncated: no room for its header");
      return NULL;
    }

  magic = read_u32 (data, FALSE);
  if (magic == MO_MAGIC)
    big_endian = FALSE;
  else if (magic == MO_MAGIC_SWAPPED)
    big_endian = TRUE;
  else
    {
      g_set_error_literal (error, AICT_ERROR, AICT_ERROR_CORRUPT,
                           "not a GNU message catalog: bad magic number");
      return NULL;
    }

  revision = read_u32 (data + 4, big_endian);
  if ((revision >> 16) > 1)
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_CORRUPT,
                   "message catalog has unknown major revision %u", revision >> 16);
      return NULL;
    }

  n = read_u32 (data + 8, big_endian);
  orig_offset = read_u32 (data + 12, big_endian);
  trans_offset = read_u32 (data + 16, big_endian);

  if ((guint64) orig_offset + (guint64) n * 8u > size ||
      (guint64) trans_offset + (guint64) n * 8u > size)
    {
      g_set_error_literal (error, AICT_ERROR, AICT_ERROR_CORRUPT,
                           "message catalog is truncated or damaged: "
                           "its string tables lie outside the file");
      return NULL;
    }

  table = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint32 i = 0; i < n; i++)
    {
      const char *msgid, *msgstr;
      guint32 msgid_len, msgstr_len;

      if (!get_string (data, size, big_endian, orig_offset, i, &msgid, &msgid_len) ||
          !get_string (data, size, big_endian, trans_offset, i, &msgstr, &msgstr_len))
        {
          g_set_error (error, AICT_ERROR, AICT_ERROR_CORRUPT,
                       "message catalog is truncated or damaged: "
                       "string %u lies outside the file or lacks its NUL", i);
          return NULL;
        }

      if (msgid_len == 0)
        {
          g_autofree char *charset = NULL;

          /* The header: not a message. */
          if (memchr (msgstr, '\0', msgstr_len) == NULL &&
              !header_charset_is_utf8 (msgstr, &charset))
            {
              g_set_error (error, AICT_ERROR, AICT_ERROR_FAILED,
                           "message catalog is in charset “%s”, not UTF-8",
                           g_utf8_validate (charset, -1, NULL) ? charset : "?");
              return NULL;
            }
          continue;
        }

      /* Plural forms are "singular\0plural" → "form0\0form1…", and a
       * context is "context\004msgid": neither fits a plain map. */
      if (msgstr_len == 0 ||
          memchr (msgid, '\0', msgid_len) != NULL ||
          memchr (msgstr, '\0', msgstr_len) != NULL ||
          memchr (msgid, '\004', msgid_len) != NULL ||
          !g_utf8_validate (msgid, msgid_len, NULL) ||
          !g_utf8_validate (msgstr, msgstr_len, NULL))
        continue;

      if (!g_hash_table_contains (table, msgid))
        g_hash_table_insert (table, (gpointer) msgid, (gpointer) msgstr);
    }

  self = g_new0 (AictMo, 1);
  self->bytes = g_bytes_ref (bytes);
  self->table = g_steal_pointer (&table);

  return self;
}

AictMo *
aict_mo_new_from_file (const char  *path,
                       GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;
  g_autoptr(GError) local_error = NULL;
  GStatBuf st;
  char *contents = NULL;
  gsize length = 0;
  AictMo *self;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display_name = g_filename_display_name (path);

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", display_name, g_strerror (saved_errno));
      return NULL;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_IO,
                   "%s: is not a regular file", display_name);
      return NULL;
    }

  if ((guint64) st.st_size > AICT_MO_MAX_SIZE)
    {
      g_set_error (error, AICT_ERROR, AICT_ERROR_LIMIT,
                   "%s: message catalog is larger than %u bytes",
                   display_name, AICT_MO_MAX_SIZE);
      return NULL;
    }

  /* Read rather than map: a package upgrade that rewrote the file in place
   * would turn a mapping into SIGBUS. */
  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  bytes = g_bytes_new_take (contents, length);

  self = aict_mo_new_from_bytes (bytes, &local_error);
  if (self == NULL)
    g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                "%s: ", display_name);

  return self;
}

void
aict_mo_free (AictMo *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->table);
  g_bytes_unref (self->bytes);
  g_free (self);
}

const char *
aict_mo_lookup (const AictMo *self,
                const char   *msgid)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (msgid != NULL, NULL);

  return g_hash_table_lookup (self->table, msgid);
}

guint
aict_mo_get_n_entries (const AictMo *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return g_hash_table_size (self->table);
}
