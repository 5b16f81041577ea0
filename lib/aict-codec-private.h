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

/* What a load checks as it goes (aict-dataset-io.c): @cancellable (may be
 * NULL) is checked every AICT_LOAD_MONITOR_INTERVAL bytes of decoding, and
 * once before and after; a cancelled load fails with G_IO_ERROR_CANCELLED.
 * @progress (may be NULL) is called, in the loading thread, with the bytes
 * decoded so far and the size of the document, at the same points. */
typedef struct
{
  GCancellable *cancellable;
  void        (*progress) (guint64   current,
                           guint64   total,
                           gpointer  user_data);
  gpointer      progress_data;
} AictLoadMonitor;

#define AICT_LOAD_MONITOR_INTERVAL (64 * 1024)

/* The aict/1 decoder: bytes → dataset in one pass (aict-json-decode.c).
 * @discardable: @data is the loader's own buffer, which it may give back to
 * the kernel as it reads (aict_json_reader_set_discardable). */
AictDataset *_aict_json_decode     (const char             *data,
                                    gsize                   length,
                                    gboolean                discardable,
                                    const char             *display_name,
                                    const AictLoadOptions  *options,
                                    const AictLoadMonitor  *monitor,
                                    GError                **error);

/* The loaders behind the public constructors, with a monitor (may be
 * NULL); the options may be NULL for the defaults (aict-dataset.c). */
AictDataset *_aict_dataset_load_file   (const char             *path,
                                        const AictLoadOptions  *options,
                                        const AictLoadMonitor  *monitor,
                                        GError                **error);
AictDataset *_aict_dataset_load_stream (GInputStream           *stream,
                                        const AictLoadOptions  *options,
                                        const AictLoadMonitor  *monitor,
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
