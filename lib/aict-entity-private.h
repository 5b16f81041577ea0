/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "aict-entity.h"

G_BEGIN_DECLS

typedef struct _AictDataset AictDataset;

/* For the decoder and the dataset: no notify, no copies. */
void         _aict_entity_take_source_ref    (AictEntity    *self,
                                              AictSourceRef *ref);
guint        _aict_entity_get_n_source_refs  (AictEntity    *self);
/* The array, or NULL if no reference was ever added (no allocation). */
GPtrArray   *_aict_entity_peek_source_refs   (AictEntity    *self);
/* The decoder reads members in file order: it builds the entity first and
 * gives it its id when the "id" member comes.  Only before the entity
 * joins a dataset. */
void         _aict_entity_take_id            (AictEntity    *self,
                                              char          *id);
void         _aict_entity_take_notes         (AictEntity    *self,
                                              char          *notes);
AictDataset *_aict_entity_get_dataset        (AictEntity    *self);
/* g_object_notify_by_pspec() for entities: also tells the dataset. */
void         _aict_entity_notify             (AictEntity    *self,
                                              GParamSpec    *pspec);
/* Something in @self changed that notify does not announce (a record
 * added): tells its dataset, if any. */
void         _aict_entity_changed            (AictEntity    *self);
/* For the query index: the entity's position in its target, a hint that
 * the index checks against its own arrays. */
void         _aict_entity_set_query_position (AictEntity    *self,
                                              guint          position);
guint        _aict_entity_get_query_position (AictEntity    *self);
/* aict_entity_get_id() and aict_entity_get_notes() without the type check
 * (a call into GObject for a subclass), for the validator and the dataset,
 * which only hold entities. */
const char  *_aict_entity_peek_id            (AictEntity    *self);
const char  *_aict_entity_peek_notes         (AictEntity    *self);
void         _aict_entity_set_dataset        (AictEntity    *self,
                                              AictDataset   *dataset);

G_END_DECLS
