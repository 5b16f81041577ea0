/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "aict-model-private.h"

/* The setters' shared part: replace a field by a copy of a new value and
 * say whether it changed, so that each setter notifies only on change. */

gboolean
_aict_set_strv (char               ***strv_pointer,
                const char * const   *new_strv)
{
  const char * const *old_strv = (const char * const *) *strv_pointer;
  char **copy;

  /* NULL and an empty array are the same value. */
  if (new_strv != NULL && new_strv[0] == NULL)
    new_strv = NULL;

  if (old_strv == NULL || new_strv == NULL)
    {
      if (old_strv == new_strv)
        return FALSE;
    }
  else if (g_strv_equal (old_strv, new_strv))
    return FALSE;

  copy = g_strdupv ((char **) new_strv);
  g_strfreev (*strv_pointer);
  *strv_pointer = copy;

  return TRUE;
}

gboolean
_aict_set_partial_date (AictPartialDate       **pointer,
                        const AictPartialDate  *new_value)
{
  if (*pointer == NULL || new_value == NULL)
    {
      if (*pointer == new_value)
        return FALSE;
    }
  else if (aict_partial_date_equal (*pointer, new_value))
    return FALSE;

  g_clear_pointer (pointer, aict_partial_date_free);
  if (new_value != NULL)
    *pointer = aict_partial_date_copy (new_value);

  return TRUE;
}

gboolean
_aict_set_amount (AictAmount       **pointer,
                  const AictAmount  *new_value)
{
  if (*pointer == NULL || new_value == NULL)
    {
      if (*pointer == new_value)
        return FALSE;
    }
  else if (aict_amount_equal (*pointer, new_value))
    return FALSE;

  g_clear_pointer (pointer, aict_amount_free);
  if (new_value != NULL)
    *pointer = aict_amount_copy (new_value);

  return TRUE;
}

const char *
_aict_enum_nick (GType type,
                 int   value)
{
  GEnumClass *klass = g_type_class_peek (type);
  GEnumValue *enum_value;

  if (klass == NULL)
    klass = g_type_class_ref (type);   /* kept for the process, as GLib does */

  enum_value = g_enum_get_value (klass, value);
  return enum_value != NULL ? enum_value->value_nick : NULL;
}
