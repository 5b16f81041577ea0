/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "aict-dataset.h"

G_BEGIN_DECLS

typedef enum
{
  AICT_COLLECTION_SOURCES,
  AICT_COLLECTION_ACTORS,
  AICT_COLLECTION_PERSONS,
  AICT_COLLECTION_PARTNERSHIPS,
  AICT_COLLECTION_BUDGETS,
  AICT_COLLECTION_MEETINGS,
  AICT_COLLECTION_N
} AictCollection;

/* The aict/1 decoder: bytes → dataset in one pass (aict-json-decode.c).
 * @discardable: @data is the loader's own buffer, which it may give back to
 * the kernel as it reads (aict_json_reader_set_discardable). */
AictDataset *_aict_json_decode     (const char             *data,
                                    gsize                   length,
                                    gboolean                discardable,
                                    const char             *display_name,
                                    const AictLoadOptions  *options,
                                    GError                **error);

/* The aict/1 encoder: dataset → canonical bytes (aict-json-encode.c).
 * Fails (AICT_ERROR_SCHEMA, with the path) rather than write a value the
 * decoder would refuse. */
GBytes      *_aict_json_encode     (AictDataset            *self,
                                    GError                **error);

/* For the decoder: appends @entities (borrowed refs; the store takes its
 * own) to a collection in one step, indexing the first of each id. */
void         _aict_dataset_splice  (AictDataset            *self,
                                    AictCollection          collection,
                                    GPtrArray              *entities);

/* The items of a collection, in order (borrowed; the library's own walks
 * use these rather than the GListModels, which are made on demand). */
GPtrArray   *_aict_dataset_get_items (AictDataset          *self,
                                      AictCollection        collection);
/* FALSE when no two objects ever shared an id: a lookup of an object's own
 * id then always finds that object. */
gboolean     _aict_dataset_may_have_duplicates (AictDataset *self);

G_END_DECLS
