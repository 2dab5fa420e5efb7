namespace ParIndex.Rules.Store;

internal static partial class Messages
{
    /// <summary>The Vietnamese of every message, by key.</summary>
    private static (string Key, string Text)[] Vi =>
    [
        ("store.locked", "đang bị chương trình khác khóa lâu hơn thời gian một lần ghi chờ; hãy đóng chương trình đó (trình xem cơ sở dữ liệu, lần chạy khác) rồi thử lại. Chưa ghi gì."),
        ("store.disk-full", "không ghi được: đĩa đã đầy. Không phần nào của lần chạy này được giữ; hãy giải phóng chỗ trống rồi chạy lại."),
        ("store.io-error", "không ghi hoặc đọc được: hệ thống từ chối (đĩa hoặc hạn mức đã đầy, ổ đĩa hay thư mục mạng không còn). Không phần nào của lần chạy này được giữ; hãy kiểm tra ổ đĩa rồi chạy lại."),
        ("store.read-only", "không tạo hoặc ghi được: thư mục của nó chỉ đọc hoặc không tồn tại. Hãy cho --db một tệp trong thư mục ghi được."),
        ("store.not-sqlite", "không phải cơ sở dữ liệu SQLite (hoặc đã hỏng); hãy cho --db một tên tệp mới, hoặc kho do công cụ tạo. Tệp được giữ nguyên."),
        ("store.failed", "gặp lỗi: {0}"),
        ("store.the-store", "Kho '{0}' {1}"),
        ("store.same-name-another-hash", "đã có {0} {1} với mã băm {2}; bộ này có mã băm {3}. Hai bộ không được cùng tên: hãy đặt phiên bản mới cho bộ này."),
        ("store.rule-set-no-longer-reads", "chứa bộ quy tắc {0} đã bị sửa: không còn đọc được ({1}). Bản ghi không còn tin được; hãy khôi phục kho từ bản sao."),
        ("store.rule-set-hashes-otherwise", "chứa bộ quy tắc {0} đã bị sửa: đọc lại có mã băm {1}. Bản ghi không còn tin được; hãy khôi phục kho từ bản sao."),
        ("store.not-a-parindex-store", "không phải kho kết quả của parindex (cơ sở dữ liệu của chương trình khác); hãy cho --db một tên tệp mới, hoặc kho do công cụ tạo."),
        ("store.newer-schema", "được tạo bởi phiên bản parindex mới hơn (lược đồ {0}; bản này đọc tới {1}); hãy cập nhật công cụ, hoặc cho --db tệp khác. Tệp được giữ nguyên."),
    ];
}
