/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <json-glib/json-glib.h>
#include <aict/aict-types.h>
#include <aict/aict-entity.h>
#include <aict/aict-source.h>
#include <aict/aict-actor.h>
#include <aict/aict-person.h>
#include <aict/aict-partnership.h>
#include <aict/aict-budget.h>
#include <aict/aict-meeting.h>
#include <aict/aict-load-options.h>
#include <aict/aict-report.h>

G_BEGIN_DECLS

#define AICT_TYPE_DATASET (aict_dataset_get_type ())
AICT_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AictDataset, aict_dataset, AICT, DATASET, GObject)

/**
 * AICT_FORMAT_NAME:
 *
 * The value of the `format` member of the files libaict reads and writes.
 */
#define AICT_FORMAT_NAME "aict/1"

AICT_AVAILABLE_IN_ALL
AictDataset      *aict_dataset_new                  (void);
AICT_AVAILABLE_IN_ALL
AictDataset      *aict_dataset_new_from_file        (const char             *path,
                                                     GError                **error);
AICT_AVAILABLE_IN_0_2
AictDataset      *aict_dataset_new_from_file_full   (const char             *path,
                                                     const AictLoadOptions  *options,
                                                     GError                **error);
AICT_AVAILABLE_IN_ALL
AictDataset      *aict_dataset_new_from_bytes       (GBytes                 *bytes,
                                                     GError                **error);
AICT_AVAILABLE_IN_0_2
AictDataset      *aict_dataset_new_from_bytes_full  (GBytes                 *bytes,
                                                     const AictLoadOptions  *options,
                                                     GError                **error);
AICT_AVAILABLE_IN_ALL
AictDataset      *aict_dataset_new_from_data        (const char             *data,
                                                     gssize                  length,
                                                     GError                **error);
AICT_AVAILABLE_IN_0_2
AictDataset      *aict_dataset_new_from_data_full   (const char             *data,
                                                     gssize                  length,
                                                     const AictLoadOptions  *options,
                                                     GError                **error);
AICT_AVAILABLE_IN_ALL
AictDataset      *aict_dataset_new_from_stream      (GInputStream           *stream,
                                                     GError                **error);
AICT_AVAILABLE_IN_0_2
AictDataset      *aict_dataset_new_from_stream_full (GInputStream           *stream,
                                                     const AictLoadOptions  *options,
                                                     GCancellable           *cancellable,
                                                     GError                **error);
AICT_AVAILABLE_IN_ALL
AictDataset      *aict_dataset_new_from_json_node   (JsonNode               *node,
                                                     GError                **error);
AICT_AVAILABLE_IN_0_2
AictDataset      *aict_dataset_new_from_json_node_full (JsonNode            *node,
                                                     const AictLoadOptions  *options,
                                                     GError                **error);

typedef void (*AictProgressCallback) (goffset   current_bytes,
                                      goffset   total_bytes,
                                      gpointer  user_data);

AICT_AVAILABLE_IN_0_2
void              aict_dataset_new_from_file_async  (const char             *path,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
AICT_AVAILABLE_IN_0_2
void              aict_dataset_new_from_file_full_async (const char         *path,
                                                     const AictLoadOptions  *options,
                                                     int                     io_priority,
                                                     GCancellable           *cancellable,
                                                     AictProgressCallback    progress_callback,
                                                     gpointer                progress_data,
                                                     GDestroyNotify          progress_notify,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
AICT_AVAILABLE_IN_0_2
AictDataset      *aict_dataset_new_from_file_finish (GAsyncResult           *result,
                                                     GError                **error);
AICT_AVAILABLE_IN_0_2
void              aict_dataset_new_from_stream_async (GInputStream          *stream,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
AICT_AVAILABLE_IN_0_2
void              aict_dataset_new_from_stream_full_async (GInputStream     *stream,
                                                     const AictLoadOptions  *options,
                                                     int                     io_priority,
                                                     GCancellable           *cancellable,
                                                     AictProgressCallback    progress_callback,
                                                     gpointer                progress_data,
                                                     GDestroyNotify          progress_notify,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
AICT_AVAILABLE_IN_0_2
AictDataset      *aict_dataset_new_from_stream_finish (GAsyncResult         *result,
                                                     GError                **error);

AICT_AVAILABLE_IN_ALL
const char       *aict_dataset_get_title            (AictDataset            *self);
AICT_AVAILABLE_IN_ALL
void              aict_dataset_set_title            (AictDataset            *self,
                                                     const char             *title);
AICT_AVAILABLE_IN_ALL
const char       *aict_dataset_get_description      (AictDataset            *self);
AICT_AVAILABLE_IN_ALL
void              aict_dataset_set_description      (AictDataset            *self,
                                                     const char             *description);
AICT_AVAILABLE_IN_ALL
const char       *aict_dataset_get_language         (AictDataset            *self);
AICT_AVAILABLE_IN_ALL
void              aict_dataset_set_language         (AictDataset            *self,
                                                     const char             *language);

AICT_AVAILABLE_IN_ALL
GListModel       *aict_dataset_get_sources          (AictDataset            *self);
AICT_AVAILABLE_IN_ALL
GListModel       *aict_dataset_get_actors           (AictDataset            *self);
AICT_AVAILABLE_IN_ALL
GListModel       *aict_dataset_get_persons          (AictDataset            *self);
AICT_AVAILABLE_IN_ALL
GListModel       *aict_dataset_get_partnerships     (AictDataset            *self);
AICT_AVAILABLE_IN_ALL
GListModel       *aict_dataset_get_budgets          (AictDataset            *self);
AICT_AVAILABLE_IN_ALL
GListModel       *aict_dataset_get_meetings         (AictDataset            *self);

AICT_AVAILABLE_IN_ALL
gboolean          aict_dataset_add                  (AictDataset            *self,
                                                     AictEntity             *entity,
                                                     GError                **error);
AICT_AVAILABLE_IN_ALL
gboolean          aict_dataset_remove               (AictDataset            *self,
                                                     const char             *id);
AICT_AVAILABLE_IN_ALL
AictEntity       *aict_dataset_lookup               (AictDataset            *self,
                                                     const char             *id);
AICT_AVAILABLE_IN_ALL
AictSource       *aict_dataset_lookup_source        (AictDataset            *self,
                                                     const char             *id);
AICT_AVAILABLE_IN_ALL
AictActor        *aict_dataset_lookup_actor         (AictDataset            *self,
                                                     const char             *id);
AICT_AVAILABLE_IN_ALL
AictPerson       *aict_dataset_lookup_person        (AictDataset            *self,
                                                     const char             *id);
AICT_AVAILABLE_IN_ALL
AictPartnership  *aict_dataset_lookup_partnership   (AictDataset            *self,
                                                     const char             *id);
AICT_AVAILABLE_IN_ALL
AictBudget       *aict_dataset_lookup_budget        (AictDataset            *self,
                                                     const char             *id);
AICT_AVAILABLE_IN_ALL
AictMeeting      *aict_dataset_lookup_meeting       (AictDataset            *self,
                                                     const char             *id);
AICT_AVAILABLE_IN_ALL
AictOutcome      *aict_dataset_lookup_outcome       (AictDataset            *self,
                                                     const char             *id);

AICT_AVAILABLE_IN_ALL
AictReport       *aict_dataset_validate             (AictDataset            *self);
AICT_AVAILABLE_IN_ALL
AictReport       *aict_dataset_validate_at          (AictDataset            *self,
                                                     GDate                  *today);

AICT_AVAILABLE_IN_ALL
GBytes           *aict_dataset_to_bytes             (AictDataset            *self,
                                                     GError                **error);
AICT_AVAILABLE_IN_ALL
char             *aict_dataset_to_data              (AictDataset            *self,
                                                     gsize                  *length,
                                                     GError                **error);
AICT_AVAILABLE_IN_ALL
JsonNode         *aict_dataset_to_json_node         (AictDataset            *self,
                                                     GError                **error);
AICT_AVAILABLE_IN_ALL
gboolean          aict_dataset_save_to_file         (AictDataset            *self,
                                                     const char             *path,
                                                     GError                **error);
AICT_AVAILABLE_IN_0_2
void              aict_dataset_save_to_file_async   (AictDataset            *self,
                                                     const char             *path,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
AICT_AVAILABLE_IN_0_2
void              aict_dataset_save_to_file_full_async (AictDataset         *self,
                                                     const char             *path,
                                                     int                     io_priority,
                                                     GCancellable           *cancellable,
                                                     AictProgressCallback    progress_callback,
                                                     gpointer                progress_data,
                                                     GDestroyNotify          progress_notify,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
AICT_AVAILABLE_IN_0_2
gboolean          aict_dataset_save_to_file_finish  (AictDataset            *self,
                                                     GAsyncResult           *result,
                                                     GError                **error);

G_END_DECLS
