/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Default and hard limits of the loader; see doc/format.md and
 * doc/reliability.md §D1.  AictLoadOptions carries one AictLimits. */
#define AICT_DEFAULT_MAX_FILE_SIZE     (8u * 1024u * 1024u)
/* Opt-in only (AictLoadOptions): large enough for the 1M-partnership
 * benchmark file (~670 MB); the default stays 8 MiB. */
#define AICT_HARD_MAX_FILE_SIZE        (1024u * 1024u * 1024u)
#define AICT_DEFAULT_MAX_DEPTH         32u
#define AICT_HARD_MAX_DEPTH            1024u
#define AICT_DEFAULT_MAX_STRING        65536u   /* bytes, decoded */
#define AICT_DEFAULT_MAX_KEY           256u     /* bytes of a member name */
#define AICT_DEFAULT_MAX_ITEMS         100000u  /* items of one array */
#define AICT_DEFAULT_MAX_MEMBERS       256u     /* members of one object */
#define AICT_DEFAULT_MAX_NUMBER_LEN    32u      /* characters of a number lexeme */
#define AICT_DEFAULT_MAX_VALUES        1000000u /* JSON values in a document */

typedef struct
{
  gsize max_file_size;
  guint max_depth;
  gsize max_string;
  gsize max_key;
  guint max_items;
  guint max_members;
  guint max_number_len;
  guint max_values;
} AictLimits;

static inline void
aict_limits_init_default (AictLimits *limits)
{
  limits->max_file_size = AICT_DEFAULT_MAX_FILE_SIZE;
  limits->max_depth = AICT_DEFAULT_MAX_DEPTH;
  limits->max_string = AICT_DEFAULT_MAX_STRING;
  limits->max_key = AICT_DEFAULT_MAX_KEY;
  limits->max_items = AICT_DEFAULT_MAX_ITEMS;
  limits->max_members = AICT_DEFAULT_MAX_MEMBERS;
  limits->max_number_len = AICT_DEFAULT_MAX_NUMBER_LEN;
  limits->max_values = AICT_DEFAULT_MAX_VALUES;
}

G_END_DECLS
