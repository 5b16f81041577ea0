/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-types.h>
#include <aict/aict-source-ref.h>

G_BEGIN_DECLS

#define AICT_TYPE_ENTITY (aict_entity_get_type ())
AICT_AVAILABLE_IN_ALL
G_DECLARE_DERIVABLE_TYPE (AictEntity, aict_entity, AICT, ENTITY, GObject)

/**
 * AictEntityClass:
 * @parent_class: the parent class
 *
 * The class of [class@Aict.Entity].  It has no virtual functions yet; the
 * padding keeps room for them.
 */
struct _AictEntityClass
{
  GObjectClass parent_class;

  /*< private >*/
  gpointer _reserved[8];
};

AICT_AVAILABLE_IN_ALL
const char *aict_entity_get_id          (AictEntity    *self);
AICT_AVAILABLE_IN_ALL
const char *aict_entity_get_notes       (AictEntity    *self);
AICT_AVAILABLE_IN_ALL
void        aict_entity_set_notes       (AictEntity    *self,
                                         const char    *notes);
AICT_AVAILABLE_IN_0_2
guint       aict_entity_get_n_source_refs (AictEntity    *self);
AICT_AVAILABLE_IN_0_2
const AictSourceRef *aict_entity_get_source_ref (AictEntity    *self,
                                                 guint          position);
AICT_AVAILABLE_IN_0_2
GPtrArray  *aict_entity_dup_source_refs (AictEntity    *self);
AICT_AVAILABLE_IN_ALL
void        aict_entity_add_source_ref  (AictEntity    *self,
                                         AictSourceRef *ref);
AICT_AVAILABLE_IN_ALL
void        aict_entity_add_source      (AictEntity    *self,
                                         const char    *source_id,
                                         const char    *locator);

G_END_DECLS
