using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Portal.Components;

/// <summary>
/// MudBlazor's own texts (screen-reader labels, validation, pagers) in Bahasa Indonesia. MudBlazor.Translations is not
/// available here; keys are those of MudBlazor's LanguageResource, and an unknown key falls back to MudBlazor's English.
/// </summary>
public sealed class IndonesianMudLocalizer : MudLocalizer
{
    private static readonly Dictionary<string, string> Texts = new()
    {
        ["Converter_ConversionError"] = "Kesalahan konversi: {0}",
        ["Converter_ConversionFailed"] = "Konversi dari {0} ke {1} gagal: {2}",
        ["Converter_ConversionNotImplemented"] = "Konversi ke jenis {0} belum didukung",
        ["Converter_InvalidBoolean"] = "Bukan nilai ya/tidak yang sah",
        ["Converter_InvalidDateTime"] = "Bukan tanggal dan waktu yang sah",
        ["Converter_InvalidGUID"] = "Bukan pengenal yang sah",
        ["Converter_InvalidNumber"] = "Bukan angka yang sah",
        ["Converter_InvalidTimeSpan"] = "Bukan rentang waktu yang sah",
        ["Converter_InvalidType"] = "Bukan {0} yang sah",
        ["Converter_NotValueOf"] = "Bukan nilai dari {0}",
        ["Converter_UnableToConvert"] = "Tidak dapat mengubah ke {0} dari jenis {1}",
        ["MudAlert_Close"] = "Tutup",
        ["MudBaseDatePicker_NextMonth"] = "Bulan berikutnya {0}",
        ["MudBaseDatePicker_NextYear"] = "Tahun berikutnya {0}",
        ["MudBaseDatePicker_Open"] = "Buka kalender",
        ["MudBaseDatePicker_PrevMonth"] = "Bulan sebelumnya {0}",
        ["MudBaseDatePicker_PrevYear"] = "Tahun sebelumnya {0}",
        ["MudBreadcrumbs_Label"] = "Jejak halaman",
        ["MudChip_Close"] = "Hapus",
        ["MudDateRangePicker_End"] = "Tanggal akhir",
        ["MudDateRangePicker_Start"] = "Tanggal awal",
        ["MudDialog_Close"] = "Tutup",
        ["MudExitPrompt_Cancel"] = "Batal",
        ["MudExitPrompt_Exit"] = "Tinggalkan",
        ["MudExitPrompt_Text"] = "Tinggalkan halaman? Perubahan Anda mungkin belum tersimpan.",
        ["MudExitPrompt_Title"] = "Konfirmasi pindah halaman",
        ["MudFileUpload_Button"] = "Pilih berkas",
        ["MudFileUpload_DragAndDrop"] = "Seret berkas ke sini atau klik untuk memilih",
        ["MudFileUpload_FileSizeError"] = "Berkas '{0}' melebihi ukuran paling besar {1} bita.",
        ["MudFileUpload_MaximumFileCountExceeded"] = "Terpilih {0} berkas, melebihi batas {1}",
        ["MudFormComponent_Required"] = "Wajib diisi",
        ["MudInput_Clear"] = "Kosongkan",
        ["MudInput_Decrement"] = "Kurangi",
        ["MudInput_Increment"] = "Tambah",
        ["MudNavGroup_ToggleExpand"] = "Buka/tutup {0}",
        ["MudPageContentNavigation_NavMenu"] = "Daftar isi",
        ["MudPagination_CurrentPage"] = "Halaman ini {0}",
        ["MudPagination_FirstPage"] = "Halaman pertama",
        ["MudPagination_LastPage"] = "Halaman terakhir",
        ["MudPagination_NextPage"] = "Halaman berikutnya",
        ["MudPagination_PageIndex"] = "Halaman {0}",
        ["MudPagination_PreviousPage"] = "Halaman sebelumnya",
        ["MudRangeInput_End"] = "Akhir",
        ["MudRangeInput_Start"] = "Awal",
        ["MudRatingItem_Label"] = "Nilai {0}",
        ["MudRating_Label"] = "Penilaian",
        ["MudSelect_SelectAll"] = "Pilih semua",
        ["MudSnackbar_Close"] = "Tutup",
        ["MudSplitPanel_ResizePanels"] = "Ubah ukuran panel",
        ["MudStepper_Complete"] = "Selesai",
        ["MudStepper_Next"] = "Berikutnya",
        ["MudStepper_Previous"] = "Sebelumnya",
        ["MudStepper_Reset"] = "Ulangi",
        ["MudStepper_Skip"] = "Lewati",
        ["MudTablePager_FirstPage"] = "Halaman pertama",
        ["MudTablePager_LastPage"] = "Halaman terakhir",
        ["MudTablePager_NextPage"] = "Halaman berikutnya",
        ["MudTablePager_PreviousPage"] = "Halaman sebelumnya",
        ["MudTable_CancelEditRow"] = "Batalkan ubahan",
        ["MudTable_CollapseGroup"] = "Tutup kelompok",
        ["MudTable_CommitRow"] = "Simpan ubahan",
        ["MudTable_EditRow"] = "Ubah baris",
        ["MudTable_ExpandGroup"] = "Buka kelompok",
        ["MudTable_Loading"] = "Memuat…",
        ["MudTable_SelectAllRows"] = "Pilih semua baris",
        ["MudTable_SelectGroup"] = "Pilih kelompok",
        ["MudTable_SelectRow"] = "Pilih baris",
        ["MudTabs_AddTab"] = "Tambah tab",
        ["MudTabs_CloseTab"] = "Tutup tab",
        ["MudTabs_ScrollDown"] = "Geser tab ke bawah",
        ["MudTabs_ScrollLeft"] = "Geser tab ke kiri",
        ["MudTabs_ScrollRight"] = "Geser tab ke kanan",
        ["MudTabs_ScrollUp"] = "Geser tab ke atas",
        ["MudTimePicker_Open"] = "Buka pilihan jam",
        ["MudTreeView_CollapseItem"] = "Tutup",
        ["MudTreeView_ExpandItem"] = "Buka",
    };

    public override LocalizedString this[string key] =>
        Texts.TryGetValue(key, out var text) ? new(key, text) : new(key, key, resourceNotFound: true);

    public override LocalizedString this[string key, params object[] arguments] =>
        Texts.TryGetValue(key, out var text)
            ? new(key, string.Format(CultureInfo.GetCultureInfo("id-ID"), text, arguments))
            : new(key, key, resourceNotFound: true);

    /// <summary>Keys this localizer translates (a test compares them with MudBlazor's own).</summary>
    public static IReadOnlyCollection<string> Keys => Texts.Keys;
}
