/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-types.h>
#include <aict/aict-dataset.h>
#include <aict/aict-load-options.h>

G_BEGIN_DECLS

#define AICT_TYPE_IMPORT_RESULT (aict_import_result_get_type ())
AICT_AVAILABLE_IN_0_2
G_DECLARE_FINAL_TYPE (AictImportResult, aict_import_result, AICT, IMPORT_RESULT, GObject)

AICT_AVAILABLE_IN_0_2
const char * const *aict_csv_get_table_names    (void);

AICT_AVAILABLE_IN_0_2
GBytes             *aict_dataset_table_to_csv   (AictDataset       *self,
                                                 const char        *table,
                                                 AictCsvDialect     dialect,
                                                 AictCsvFlags       flags,
                                                 GError           **error);
AICT_AVAILABLE_IN_0_2
gboolean            aict_dataset_export_csv     (AictDataset       *self,
                                                 const char        *directory,
                                                 AictCsvDialect     dialect,
                                                 AictCsvFlags       flags,
                                                 GError           **error);
AICT_AVAILABLE_IN_0_2
gboolean            aict_dataset_export_xlsx    (AictDataset       *self,
                                                 const char        *path,
                                                 AictCsvFlags       flags,
                                                 GError           **error);
AICT_AVAILABLE_IN_0_2
AictDataset        *aict_dataset_import_csv     (AictDataset           *self,
                                                 const char * const    *paths,
                                                 AictCsvDialect         dialect,
                                                 const AictLoadOptions *options,
                                                 AictImportResult     **result,
                                                 GError               **error);
AICT_AVAILABLE_IN_0_2
AictDataset        *aict_dataset_new_from_csv   (const char * const    *paths,
                                                 AictCsvDialect         dialect,
                                                 const AictLoadOptions *options,
                                                 AictImportResult     **result,
                                                 GError               **error);

AICT_AVAILABLE_IN_0_2
guint               aict_import_result_get_n_items  (AictImportResult *self);
AICT_AVAILABLE_IN_0_2
const char         *aict_import_result_get_item_id  (AictImportResult *self,
                                                     guint             i);
AICT_AVAILABLE_IN_0_2
const char         *aict_import_result_get_item_table (AictImportResult *self,
                                                       guint             i);
AICT_AVAILABLE_IN_0_2
AictImportChange    aict_import_result_get_item_change (AictImportResult *self,
                                                        guint             i);
AICT_AVAILABLE_IN_0_2
guint               aict_import_result_count    (AictImportResult *self,
                                                 AictImportChange  change);

G_END_DECLS
