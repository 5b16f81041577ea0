/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "aict-dataset.h"

G_BEGIN_DECLS

/* Registers @entity (an agenda item, contribution or outcome added to a
 * meeting that already belongs to @self) in the dataset-wide id index.
 * Fails with AICT_ERROR_DUPLICATE_ID if the id is taken. */
gboolean  _aict_dataset_register_entity   (AictDataset  *self,
                                           AictEntity   *entity,
                                           GError      **error);
/* Removes @entity's id from the index if it points at @entity. */
void      _aict_dataset_unregister_entity (AictDataset  *self,
                                           AictEntity   *entity);

/* Something in @self changed: drops what was derived from it (the query
 * index).  Entities call it through _aict_entity_changed(). */
void      _aict_dataset_touch             (AictDataset  *self);
/* @entity (in @self, or just removed from it) was added, removed or
 * modified: as _aict_dataset_touch(), and emits AictDataset::changed.
 * Entities call it through _aict_entity_changed(). */
void      _aict_dataset_entity_changed    (AictDataset  *self,
                                           AictEntity   *entity);

/* The file-size limit the dataset was loaded with (0: built through the
 * API): what it saves must load again under it. */
void      _aict_dataset_set_reload_limit  (AictDataset  *self,
                                           guint64       max_file_size);
guint64   _aict_dataset_get_reload_limit  (AictDataset  *self);

G_END_DECLS
