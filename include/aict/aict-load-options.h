/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-types.h>

G_BEGIN_DECLS

#define AICT_TYPE_LOAD_OPTIONS (aict_load_options_get_type ())

AICT_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AictLoadOptions, aict_load_options, AICT, LOAD_OPTIONS, GObject)

AICT_AVAILABLE_IN_ALL
AictLoadOptions *aict_load_options_new                   (void);
AICT_AVAILABLE_IN_0_2
AictLoadOptions *aict_load_options_new_trusted           (void);
AICT_AVAILABLE_IN_0_2
gboolean         aict_load_options_check                 (const AictLoadOptions *self,
                                                          GError               **error);
AICT_AVAILABLE_IN_ALL
AictLoadOptions *aict_load_options_copy                  (const AictLoadOptions *self);
AICT_AVAILABLE_IN_ALL
void             aict_load_options_free                  (AictLoadOptions       *self);

AICT_AVAILABLE_IN_ALL
gsize            aict_load_options_get_max_file_size     (const AictLoadOptions *self);
AICT_AVAILABLE_IN_ALL
void             aict_load_options_set_max_file_size     (AictLoadOptions       *self,
                                                          gsize                  max_file_size);
AICT_AVAILABLE_IN_ALL
guint            aict_load_options_get_max_depth         (const AictLoadOptions *self);
AICT_AVAILABLE_IN_ALL
void             aict_load_options_set_max_depth         (AictLoadOptions       *self,
                                                          guint                  max_depth);
AICT_AVAILABLE_IN_ALL
gsize            aict_load_options_get_max_string_length (const AictLoadOptions *self);
AICT_AVAILABLE_IN_ALL
void             aict_load_options_set_max_string_length (AictLoadOptions       *self,
                                                          gsize                  max_string_length);
AICT_AVAILABLE_IN_ALL
gsize            aict_load_options_get_max_name_length   (const AictLoadOptions *self);
AICT_AVAILABLE_IN_ALL
void             aict_load_options_set_max_name_length   (AictLoadOptions       *self,
                                                          gsize                  max_name_length);
AICT_AVAILABLE_IN_ALL
guint            aict_load_options_get_max_items         (const AictLoadOptions *self);
AICT_AVAILABLE_IN_ALL
void             aict_load_options_set_max_items         (AictLoadOptions       *self,
                                                          guint                  max_items);
AICT_AVAILABLE_IN_ALL
guint            aict_load_options_get_max_members       (const AictLoadOptions *self);
AICT_AVAILABLE_IN_ALL
void             aict_load_options_set_max_members       (AictLoadOptions       *self,
                                                          guint                  max_members);
AICT_AVAILABLE_IN_ALL
guint            aict_load_options_get_max_number_length (const AictLoadOptions *self);
AICT_AVAILABLE_IN_ALL
void             aict_load_options_set_max_number_length (AictLoadOptions       *self,
                                                          guint                  max_number_length);
AICT_AVAILABLE_IN_ALL
guint            aict_load_options_get_max_values        (const AictLoadOptions *self);
AICT_AVAILABLE_IN_ALL
void             aict_load_options_set_max_values        (AictLoadOptions       *self,
                                                          guint                  max_values);
AICT_AVAILABLE_IN_ALL
gboolean         aict_load_options_get_validate          (const AictLoadOptions *self);
AICT_AVAILABLE_IN_ALL
void             aict_load_options_set_validate          (AictLoadOptions       *self,
                                                          gboolean               validate);

G_END_DECLS
