namespace ParIndex.Rules;

// The inputs messages in Vietnamese, by key, grouped by the file that tells them; the same keys in
// Messages.En.Inputs.cs give the other language, with the same numbered arguments.
internal static partial class Messages
{
    private static (string Key, string Text)[] ViInputs =>
    [
        // AssessmentFile.cs
        ("inputs.assessment-workbook-no-such-sheet", "sổ tính không có trang '{0}'."),
        ("inputs.the-file-cannot-be-read", "không đọc được tệp: {0}"),
        // AssessmentJson.cs
        ("inputs.the-file-is-not-valid-json", "tệp không phải JSON hợp lệ ({0})."),
        ("inputs.expected-an-array-of-rows-or", "cần một mảng các dòng, hoặc một đối tượng có mảng \"rows\"; mỗi dòng là một đối tượng có tên cột như tiêu đề của bảng CSV."),
        ("inputs.each-row-must-be-a-json", "mỗi dòng phải là một đối tượng JSON; dòng không được áp dụng."),
        ("inputs.the-cell-must-be-a-number", "ô \"{0}\" phải là số hoặc chữ; dòng không được áp dụng."),
        // AssessmentReading.cs
        ("inputs.the-column-is-in-the-header", "cột '{0}' có hai lần trong dòng tiêu đề; hãy xóa hoặc đổi tên một cột."),
        ("inputs.the-row-has-no-unit-id", "dòng không có mã đơn vị; dòng không được áp dụng."),
        ("inputs.the-round-must-be-a-whole", "vòng phải là số nguyên từ 1."),
        ("inputs.the-appraisal-s-reason-must-not", "lý do thẩm định không được để trống."),
        ("inputs.round-of-this-criterion-is-given", "vòng {0} của tiêu chí này đã có ở dòng trước; mỗi vòng ghi một lần."),
        ("inputs.this-criterion-s-claim-is-given", "điểm tự chấm của tiêu chí này đã có ở dòng trước; mỗi đơn vị và tiêu chí ghi một dòng. Dòng không được áp dụng."),
        ("inputs.the-date-must-be-written-dd", "ngày ban hành '{0}' phải viết dd/MM/yyyy hoặc yyyy-MM-dd; dòng không được áp dụng."),
        // Cells.cs
        ("inputs.is-written-the-vietnamese-way-dots", "'{0}' được viết kiểu Việt Nam (dấu chấm phân cách hàng nghìn, dấu phẩy thập phân), nhưng số được đọc kiểu tiếng Anh (--number-format en); hãy sửa số liệu hoặc định dạng."),
        ("inputs.is-written-the-english-way-commas", "'{0}' được viết kiểu tiếng Anh (dấu phẩy phân cách hàng nghìn, dấu chấm thập phân), nhưng số được đọc kiểu Việt Nam (--number-format vi); hãy sửa số liệu hoặc định dạng."),
        ("inputs.is-written-in-scientific-notation-as", "'{0}' được viết dạng số mũ, như bảng tính viết một số đã bị rút gọn, nên có thể đã mất chữ số; bảng chỉ được đọc với đầy đủ chữ số. Hãy định dạng cột là số (không có phần thập phân) và xuất lại. (Tệp JSON có thể viết số theo cách này: đó là ký pháp riêng của JSON.)"),
        // ColumnMap.cs
        ("inputs.the-column-map-does-not-exist", "Không có bảng ánh xạ cột '{0}'."),
        ("inputs.the-column-map-is-not-utf", "bảng ánh xạ cột không phải văn bản UTF-8; hãy lưu dạng UTF-8 (Excel: \"CSV UTF-8\")."),
        // FileInputs.cs
        ("inputs.the-id-appears-in-more-than", "id xuất hiện trong nhiều tệp đầu vào; mỗi id phải là duy nhất. Chỉ đơn vị đầu tiên được chấm."),
        // JsonBatch.cs
        ("inputs.the-file-is-empty-it-must", "tệp trống; tệp phải chứa một đối tượng JSON có mảng \"units\"."),
        ("inputs.the-units-array-is-empty-so", "mảng \"units\" trống, nên không đọc được đơn vị nào; hãy đặt mỗi đơn vị một đối tượng trong mảng."),
        ("inputs.the-unit-starting-at-line-is", "đơn vị bắt đầu ở dòng {0} lồng sâu quá {1} cấp (dòng {2}); một đơn vị gồm id, name và một đối tượng \"indicators\" phẳng. Đơn vị này bị bỏ qua; các đơn vị khác đã được đọc."),
        ("inputs.the-property-appears-twice-keep-one", "thuộc tính '{0}' xuất hiện hai lần; hãy giữ một."),
        ("inputs.the-file-ends-before-its-json", "tệp kết thúc trước khi JSON được đóng (thiếu ] hoặc }}): có vẻ tệp bị cắt cụt. Các đơn vị đầy đủ trước vị trí này đã được đọc; hãy kiểm tra tệp còn nguyên vẹn và chạy lại."),
        // MergeMap.Apply.cs
        ("inputs.is-already-the-id-of-a", "'{0}' đã là id của một đơn vị giữ nguyên; hãy đặt cho đơn vị mới một id riêng. Đơn vị không được lập."),
        ("inputs.the-predecessors-self-assessments-and-appraisals", "điểm tự chấm và kết quả thẩm định của các đơn vị cũ không chuyển sang đơn vị mới: điểm của xã cũ không phải điểm của xã mới."),
        ("inputs.the-unit-was-formed-and-is", "Đơn vị vẫn được lập và chỉ được xếp hạng chung."),
        // MergeMap.cs
        ("inputs.the-merge-map-is-not-utf", "bảng gộp đơn vị không phải văn bản UTF-8; hãy lưu dạng UTF-8 (trong Excel: CSV UTF-8). Không đơn vị nào được gộp."),
        ("inputs.the-merge-map-is-empty-it", "bảng gộp đơn vị trống; cần dòng tiêu đề newId,newName,type,predecessorId và mỗi đơn vị cũ một dòng."),
        ("inputs.every-row-needs-a-newid-and", "mỗi dòng cần newId và predecessorId; dòng này không được đọc."),
        ("inputs.each-new-unit-needs-an-id", "mỗi đơn vị mới cần \"id\" và danh sách \"predecessors\" không rỗng (id dạng chữ); đơn vị không được lập."),
        ("inputs.must-be-text-the-unit-was", "\"{0}\" phải là chữ; đơn vị không được lập."),
        ("inputs.the-merge-map-has-no-units", "bảng gộp đơn vị không có danh sách \"units\"."),
        ("inputs.the-new-unit-is-given-twice", "đơn vị mới được khai hai lần; hãy khai một lần, kèm mọi đơn vị cũ. Đơn vị không được lập."),
        ("inputs.is-the-id-of-a-predecessor", "'{0}' là id của một đơn vị cũ của '{1}', một đơn vị mới khác; đơn vị mới chỉ được giữ id của một trong các đơn vị cũ của chính nó. Hãy đặt cho nó một id riêng. Đơn vị không được lập."),
        // PreviousResults.cs
        ("inputs.the-id-appears-twice-in-last", "id xuất hiện hai lần trong kết quả năm trước; hãy giữ một. Dòng đầu tiên được dùng."),
        ("inputs.each-entry-needs-an-id-string", "mỗi mục cần chuỗi \"id\" và \"points\" là một số, không phải {0}; điểm năm trước của mục này không được hiển thị."),
        // SnapshotReader.Assessment.cs
        ("inputs.json-round-not-whole", "vòng phải là số nguyên từ 1 đến 2.147.483.647"),
        ("inputs.every-round-needs-its-reason", "mỗi vòng cần có \"reason\" (lý do)"),
        // SnapshotReader.Collector.cs
        ("inputs.each-unit-must-be-an-object", "mỗi đơn vị phải là một đối tượng có \"id\", \"name\" và \"indicators\"."),
        ("inputs.the-unit-has-no-indicators-object", "đơn vị không có đối tượng \"indicators\"; hãy thêm đối tượng này với số liệu của đơn vị."),
        ("inputs.unknown-field-a-unit-has-id", "trường không xác định; một đơn vị có \"id\", \"name\", \"type\", \"period\", \"indicators\", \"selfAssessment\" và \"appraisal\". Trường này bị bỏ qua."),
        ("inputs.type-must-be-a-string-such", "\"type\" phải là một chuỗi như \"xa\" hoặc \"phuong\"; đơn vị vẫn được chấm nhưng không có loại và chỉ được xếp hạng chung."),
        ("inputs.the-unit-has-no-id-give", "đơn vị không có id; hãy đặt cho mỗi đơn vị một id riêng. Đơn vị không được chấm."),
        ("inputs.the-id-is-already-used-on", "id đã được dùng ở dòng {0}; mỗi id phải là duy nhất. Đơn vị này không được chấm, đơn vị đầu tiên được chấm."),
        ("inputs.the-unit-was-scored-and-ranked", "Đơn vị vẫn được chấm và chỉ được xếp hạng chung."),
        // SnapshotReader.Headers.cs
        ("inputs.the-header-names-more-than-one", "tiêu đề '{0}' chỉ nhiều hơn một chỉ tiêu (mã của một chỉ tiêu và tên của chỉ tiêu khác); hãy ghi mã chỉ tiêu. Cột này không được đọc."),
        // TableHeader.cs
        ("inputs.the-file-is-empty-the-first", "tệp trống; dòng đầu phải ghi tên các cột: id, name và mã các chỉ tiêu."),
        ("inputs.the-column-appears-twice-as-columns", "cột '{0}' xuất hiện hai lần, ở cột {1} và {2}; chỉ cột {1} được đọc. Hãy giữ một cột."),
        // TableRow.cs
        ("inputs.a-quote-opened-in-this-row", "dấu ngoặc kép mở ở dòng này không được đóng, nên không đọc được dòng và đơn vị không được chấm; các dòng sau được đọc riêng. Hãy đóng dấu ngoặc kép (dấu ngoặc kép trong ô được viết hai lần: \"\")."),
        ("inputs.the-row-holds-the-form-s", "dòng này là dòng đánh số cột của biểu mẫu ((1), (2), …), không phải một đơn vị; dòng được bỏ qua."),
        ("inputs.the-row-is-a-totals-row", "dòng này là dòng tổng ('{0}'), không phải một đơn vị; dòng được bỏ qua, số liệu của dòng không được đọc."),
        ("inputs.the-code-is-stored-as-a", "mã {0} được lưu dưới dạng số, trong khi các mã khác của cột giữ số 0 ở đầu ({1}): có thể mã này đã mất số 0 của nó. Hãy định dạng cột mã là văn bản (Format Cells, Text) và ghi đủ mã. Đơn vị được chấm với mã '{0}'."),
        ("inputs.the-row-has-cells-but-the", "dòng có {0} ô nhưng dòng tiêu đề có {1} ô; hãy kiểm tra dấu phân cách của dòng này."),
        ("inputs.column-has-no-name-in-the", "cột {0} không có tên ở dòng tiêu đề, nên số liệu của cột bị bỏ qua; hãy ghi mã chỉ tiêu ở đầu cột."),
        // TableRows.cs
        ("inputs.the-header-has-no-unit-rows", "dưới dòng tiêu đề không có dòng đơn vị nào, nên không đọc được đơn vị nào; hãy điền mỗi đơn vị một dòng dưới dòng tiêu đề."),
        // TableSnapshots.cs
        ("inputs.workbook-has-no-sheet", "sổ tính không có trang nào; hãy lưu số liệu trên một trang có dòng tiêu đề (id, name và mã các chỉ tiêu)."),
        ("inputs.the-workbook-s-sheets-are-give", " Các trang của sổ tính: {0}; hãy chọn trang chứa số liệu bằng --sheet."),
        ("inputs.a-part-of-it-declares-a", "một phần của tệp khai báo DTD (thực thể), thứ sổ tính không bao giờ cần và bị từ chối để an toàn."),
        ("inputs.the-unit-was-scored-the-criteria", " Đơn vị vẫn được chấm; các tiêu chí dùng số liệu này nhận invalid_data."),
        // Inputs/AssessmentFile.cs
        ("inputs.assessment-row-for-no-unit", "không có đơn vị '{0}' trong số liệu{1} Dòng này không được áp dụng."),
        ("inputs.unit-has-no-type", "không có loại"),
        ("inputs.unit-is-of-type", "thuộc loại '{0}'"),
        ("inputs.assessment-row-criterion-excluded", "tiêu chí {0} chỉ áp dụng cho đơn vị loại {1}, còn đơn vị này {2}: tiêu chí bị loại trừ với đơn vị, nên dòng không được áp dụng."),
        // Inputs/AssessmentReading.cs
        ("inputs.assessment-no-header-row", "không tìm thấy dòng tiêu đề trong 11 dòng đầu: cần cột Mã ĐVHC (id), Tiêu chí (criterion) và Điểm tự chấm (points) hoặc Điểm thẩm định (appraised)."),
        ("inputs.appraisal-needs-round-and-reason", "bảng thẩm định cần cả cột Vòng (round) và Lý do (reason)."),
        ("inputs.assessment-row-no-such-criterion", "'{0}' không phải tiêu chí của '{1}'{2} Dòng không được áp dụng."),
        ("inputs.row-not-applied-after", "{0}. Dòng không được áp dụng."),
        ("inputs.row-not-applied", "{0} Dòng không được áp dụng."),
        // Inputs/Cells.cs
        ("inputs.figure-reads-two-ways", "'{0}' là {1} nếu đọc kiểu Việt Nam và {2} nếu đọc kiểu tiếng Anh{3}; hãy viết không có dấu phân cách, hoặc cho biết định dạng số của tệp (--number-format vi hoặc en)."),
        ("inputs.file-writes-numbers-both-ways", ", và tệp viết số theo cả hai kiểu ('{0}', '{1}')"),
        ("inputs.no-figure-shows-which-way", ", và không số liệu nào khác trong tệp cho biết kiểu nào"),
        // Inputs/SnapshotReader.Headers.cs
        ("inputs.is-not-a-criterion-of-the", "'{0}' không phải tiêu chí của '{1}'{2} Cột điểm tự chấm không được đọc."),
        ("inputs.the-column-map-sends-to-which", "bảng ánh xạ cột đưa '{0}' về '{1}', không phải chỉ tiêu của '{2}'{3} Cột này không được đọc; hãy sửa bảng ánh xạ."),
        ("inputs.unknown-indicator", "chỉ tiêu không xác định{0} Chỉ tiêu không có trong danh mục của '{1}' và bị bỏ qua."),
        // Inputs/TableHeader.cs
        ("inputs.no-header-row-none-of-the", "không có dòng tiêu đề: không dòng nào trong {0} dòng đầu có cột 'id'. Dòng tiêu đề ghi tên các cột: id, name và mã các chỉ tiêu (tối đa {1} dòng tiêu đề phụ phía trên được bỏ qua).{2}"),
        // Inputs/TableSnapshots.cs
        ("inputs.workbook-has-no-such-sheet", "sổ tính không có trang '{0}'{1} Các trang của sổ tính: {2}; hãy chọn một trang bằng --sheet."),
        ("inputs.xlsx-part-too-large", "một phần của tệp chứa hơn {0} ký tự, nhiều hơn hẳn mức một trang số liệu cần."),
        ("inputs.xlsx-unreadable", "không đọc được tệp XLSX: {0} Hãy lưu lại dưới dạng .xlsx, hoặc xuất trang số liệu ra CSV."),
        // Inputs/TypeOfUnit.cs
        ("inputs.the-type-is-not-one-of", "loại '{0}' không thuộc '{1}' ({2}){3} {4}"),
        // Inputs/ColumnMap.cs
        ("inputs.a-column-map-starts-with-the", "bảng ánh xạ cột bắt đầu bằng dòng tiêu đề 'column,key', rồi mỗi cột một dòng: tiêu đề của cột trong tệp của bạn, và id, name hoặc mã một chỉ tiêu."),
        ("inputs.each-row-is-a-column-header", "mỗi dòng gồm tiêu đề một cột và một mã, hai ô, đều phải có."),
        ("inputs.is-not-id-name-or-an", "'{0}' không phải id, name hay chỉ tiêu của '{1}'{2}"),
        ("inputs.the-column-is-mapped-on-line", "cột '{0}' đã được ánh xạ ở dòng {1}; hãy giữ một."),
        // Inputs/PreviousResults.cs
        ("inputs.the-previous-results-file-does-not", "không có tệp kết quả năm trước '{0}'"),
        ("inputs.give-the-json-that-parindex-score", "{0} Hãy dùng tệp JSON do 'parindex score --format json' ghi, hoặc tệp CSV id,total,rank."),
        ("inputs.the-file-is-not-utf-text", "tệp không phải văn bản UTF-8; hãy lưu lại dưới dạng CSV UTF-8"),
        ("inputs.previous-workbook-no-sheet", "sổ tính không có trang nào"),
        ("inputs.not-a-readable-xlsx-workbook", "không phải sổ tính XLSX đọc được: {0}"),
        ("inputs.previous-results-need-columns", "kết quả năm trước cần một cột mã (id, Mã ĐVHC, Mã đơn vị, Mã), một cột tổng điểm (total, Tổng điểm) và một cột thứ hạng (rank, Hạng, Xếp hạng), trên cùng một dòng trong 10 dòng đầu"),
        ("inputs.previous-unit-no-change", "{0}; đơn vị này không có so sánh với năm trước."),
        ("inputs.previous-unit-no-id", "đơn vị không có chuỗi \"id\""),
        ("inputs.previous-total-not-a-number", "\"total\" phải là một số, không phải {0}"),
        ("inputs.previous-rank-not-whole", "\"rank\" phải là số nguyên từ 1, không phải {0}"),
        ("inputs.previous-value-absent", "(không có)"),
        ("inputs.previous-row-no-id", "dòng không có id"),
        ("inputs.previous-total-ambiguous", "tổng điểm '{0}' có thể đọc dấu phân cách là hàng nghìn hoặc thập phân; hãy viết tối đa hai chữ số thập phân, như công cụ này ghi"),
        ("inputs.previous-row-total-not-a-number", "tổng điểm phải là một số, không phải '{0}'"),
        ("inputs.previous-row-rank-not-whole", "thứ hạng phải là số nguyên từ 1, không phải '{0}'"),
        // Inputs/SnapshotReader.Assessment.cs
        ("inputs.selfassessment-must-be-an-object-of", "\"selfAssessment\" phải là một đối tượng gồm các mã tiêu chí, mỗi mã kèm số điểm tự chấm."),
        ("inputs.the-claim-was-not-applied", "{0}. Điểm tự chấm không được áp dụng."),
        ("inputs.evidence-must-be-a-list-of", "\"evidence\" phải là một danh sách tài liệu: [ {{ \"document\": … }} ]. Điểm tự chấm không được áp dụng."),
        ("inputs.each-evidence-item-is-an-object", "mỗi tài liệu kiểm chứng là một đối tượng có \"document\" và, nếu có, \"date\" viết yyyy-MM-dd và \"location\". Điểm tự chấm không được áp dụng."),
        ("inputs.appraisal-must-be-an-object-of", "\"appraisal\" phải là một đối tượng gồm các mã tiêu chí, mỗi mã kèm các vòng thẩm định."),
        ("inputs.a-criterion-s-appraisal-is-a", "kết quả thẩm định của một tiêu chí là danh sách các vòng: [ {{ \"round\": 1, \"points\": …, \"reason\": … }} ]. Không được áp dụng."),
        ("inputs.each-round-is-an-object-with", "mỗi vòng là một đối tượng có round, points và reason; vòng này không được áp dụng."),
        ("inputs.this-round-was-not-applied", "{0}; vòng này không được áp dụng."),
        ("inputs.appraisal-names-no-criterion", "'{0}' không phải tiêu chí của '{1}'{2} Kết quả thẩm định không được áp dụng."),
        ("inputs.claim-names-no-criterion", "'{0}' không phải tiêu chí của '{1}'{2} Điểm tự chấm không được áp dụng."),
        ("inputs.round-given-twice", "vòng {0} được ghi hai lần"),
        // Inputs/InputProblem.cs
        ("inputs.problem-unit", "đơn vị '{0}'"),
        ("inputs.problem-field", "trường '{0}'"),
        ("inputs.more-problems-not-listed", "còn {0} lỗi tương tự khác không được liệt kê; hãy sửa các lỗi trên rồi đọc lại tệp."),
        // Inputs/JsonBatch.cs
        ("inputs.json-unit-unreadable", "không đọc được đơn vị bắt đầu ở dòng {0}: {1} Đơn vị này bị bỏ qua; hãy sửa và chạy lại. Các đơn vị khác đã được đọc."),
        ("inputs.json-malformed", "JSON sai cú pháp: {0} Các đơn vị trước vị trí này đã được đọc; hãy sửa tệp và chạy lại để đọc phần còn lại."),
        ("inputs.json-not-a-batch", "cần một đối tượng có mảng \"units\" (hoặc một đơn vị có \"id\"); xem định dạng đầu vào trong README."),
        // Inputs/MergeMap.Apply.cs
        ("inputs.merge-predecessor-absent", "{0} không có trong dữ liệu đầu vào{1} '{2}' không được lập (sẽ bị chấm trên tổng thiếu), các đơn vị cũ còn lại của nó cũng không được chấm."),
        ("inputs.merge-predecessors-absent", "{0} không có trong dữ liệu đầu vào{1} '{2}' không được lập (sẽ bị chấm trên tổng thiếu), các đơn vị cũ còn lại của nó cũng không được chấm."),
        // Inputs/MergeMap.cs
        ("inputs.merge-map-columns-missing", "bảng gộp đơn vị không có cột {0}; dòng tiêu đề là newId,newName,type,predecessorId (có thể bỏ cột type)."),
        ("inputs.merge-name-differs", "tên của đơn vị mới khác với dòng {0}; hãy ghi giống nhau ở mọi dòng. Đơn vị không được lập."),
        ("inputs.merge-type-differs", "loại của đơn vị mới khác với dòng {0}; hãy ghi giống nhau ở mọi dòng. Đơn vị không được lập."),
        ("inputs.merge-map-not-json", "bảng gộp đơn vị không phải JSON hợp lệ ({0})."),
        ("inputs.merge-predecessor-twice", "'{0}' được liệt kê hai lần trong '{1}'; mỗi đơn vị cũ chỉ ghi một lần. '{1}' không được lập."),
        ("inputs.merge-predecessor-in-two", "'{0}' được liệt kê ở cả '{1}' và '{2}'; một đơn vị chỉ gộp vào một đơn vị mới. Cả hai không được lập."),
        // Inputs/SnapshotReader.Collector.cs
        ("inputs.appraisal-criterion-excluded", "tiêu chí {0} chỉ áp dụng cho đơn vị loại {1}, còn đơn vị này {2}: tiêu chí bị loại trừ với đơn vị, nên kết quả thẩm định không được áp dụng. Hãy kiểm tra loại đơn vị hoặc xóa mục này."),
        ("inputs.claim-criterion-excluded", "tiêu chí {0} chỉ áp dụng cho đơn vị loại {1}, còn đơn vị này {2}: tiêu chí bị loại trừ với đơn vị, nên điểm tự chấm không được áp dụng. Hãy kiểm tra loại đơn vị hoặc xóa mục này."),
        // Inputs/SnapshotReader.cs
        ("inputs.not-utf8", "tệp không phải văn bản UTF-8 (dòng {0} có byte UTF-8 không cho phép), nên không đọc đơn vị nào: tên và số liệu sẽ bị sai. Hãy lưu tệp dạng UTF-8 (Excel: \"CSV UTF-8\"), hoặc cho biết bảng mã của tệp (--encoding windows-1258)."),
    ];
}
