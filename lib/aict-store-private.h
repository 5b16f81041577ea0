/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "aict-store.h"

G_BEGIN_DECLS

AictRevision *_aict_revision_new        (guint        number,
                                         GDateTime   *time,
                                         const char  *author,
                                         const char  *message,
                                         guint        n_added,
                                         guint        n_modified,
                                         guint        n_removed);

/* FALSE, with an AICT_ERROR_SCHEMA naming the first errors, when the
 * validator finds errors in @dataset: no store accepts it. */
gboolean      _aict_store_check_valid   (AictDataset  *dataset,
                                         const char   *uri,
                                         GError      **error);

G_END_DECLS

#include "aict-fields-private.h"

G_BEGIN_DECLS

/* aict-json-encode.c: one object of @info in canonical form (what
 * aict_entity_to_json() gives), or the value of one member, NULL when the
 * encoder leaves the member out. */
char         *_aict_json_encode_object  (const AictTypeInfo  *info,
                                         gpointer             instance,
                                         gsize               *length);
char         *_aict_json_encode_member  (const AictTypeInfo  *info,
                                         const AictFieldInfo *field,
                                         gpointer             instance);

G_END_DECLS
