/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-types.h>
#include <aict/aict-dataset.h>
#include <aict/aict-filter.h>

G_BEGIN_DECLS

#define AICT_TYPE_TABLE (aict_table_get_type ())
AICT_AVAILABLE_IN_0_2
G_DECLARE_FINAL_TYPE (AictTable, aict_table, AICT, TABLE, GObject)

AICT_AVAILABLE_IN_0_2
AictTable          *aict_dataset_to_table          (AictDataset    *self,
                                                    AictTableKind   kind,
                                                    AictFilter     *filter,
                                                    GError        **error);

AICT_AVAILABLE_IN_0_2
AictTableKind       aict_table_get_kind            (AictTable      *self);
AICT_AVAILABLE_IN_0_2
guint               aict_table_get_n_rows          (AictTable      *self);
AICT_AVAILABLE_IN_0_2
guint               aict_table_get_n_columns       (AictTable      *self);
AICT_AVAILABLE_IN_0_2
const char         *aict_table_get_column_name     (AictTable      *self,
                                                    guint           column);
AICT_AVAILABLE_IN_0_2
AictColumnType      aict_table_get_column_type     (AictTable      *self,
                                                    guint           column);
AICT_AVAILABLE_IN_0_2
int                 aict_table_lookup_column       (AictTable      *self,
                                                    const char     *name);

AICT_AVAILABLE_IN_0_2
gboolean            aict_table_is_null             (AictTable      *self,
                                                    guint           column,
                                                    guint           row);
AICT_AVAILABLE_IN_0_2
const char         *aict_table_get_string          (AictTable      *self,
                                                    guint           column,
                                                    guint           row);
AICT_AVAILABLE_IN_0_2
gint64              aict_table_get_int64           (AictTable      *self,
                                                    guint           column,
                                                    guint           row);
AICT_AVAILABLE_IN_0_2
gboolean            aict_table_get_boolean         (AictTable      *self,
                                                    guint           column,
                                                    guint           row);

AICT_AVAILABLE_IN_0_2
const char * const *aict_table_get_strings         (AictTable      *self,
                                                    guint           column,
                                                    guint          *n_rows);
AICT_AVAILABLE_IN_0_2
GBytes             *aict_table_get_string_data     (AictTable      *self,
                                                    guint           column);
AICT_AVAILABLE_IN_0_2
const gint64       *aict_table_get_int64s          (AictTable      *self,
                                                    guint           column,
                                                    guint          *n_rows);
AICT_AVAILABLE_IN_0_2
const guint8       *aict_table_get_nulls           (AictTable      *self,
                                                    guint           column,
                                                    guint          *n_rows);

G_END_DECLS
