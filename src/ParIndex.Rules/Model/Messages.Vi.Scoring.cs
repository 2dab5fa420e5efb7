namespace ParIndex.Rules;

// The scoring messages in Vietnamese, by key, grouped by the file that tells them; the same keys in
// Messages.En.Scoring.cs give the other language, with the same numbered arguments.
internal static partial class Messages
{
    private static (string Key, string Text)[] ViScoring =>
    [
        // Scoring/ScoredBatch.cs
        ("scoring.has-no-result-last-year-but", "'{0}' không có kết quả năm trước, nhưng mã '{1}' của năm trước là cùng mã với số 0 ở đầu khác: có thể bảng tính đã lưu một mã dưới dạng số. Hãy ghi mã giống nhau ở cả hai tệp; đến lúc đó '{0}' không có so sánh với năm trước."),
        ("scoring.last-year-s-results-match-none", "kết quả năm trước không khớp đơn vị nào được chấm; hãy kiểm tra tệp có đúng của địa bàn này không (id phải giống nhau)."),
        ("scoring.last-year-s-results-match-of", "kết quả năm trước khớp {0} trong {1} đơn vị; không có kết quả cho {2}. Các đơn vị này không có so sánh với năm trước."),
        // Scoring/Ranking.cs
        ("scoring.no-base-criterion-applies", "không tiêu chí cơ bản nào của bộ quy tắc áp dụng cho đơn vị loại '{0}', nên đơn vị không có tổng điểm và không được xếp hạng; hãy kiểm tra loại đơn vị."),
        ("scoring.no-type", "(không có)"),
        // Model/GivenPoints.cs
        ("scoring.appraised-points-must-be", "điểm thẩm định phải là một số từ 0 đến {0} điểm của tiêu chí, tối đa 2 chữ số thập phân{1}, không phải {2}"),
        ("scoring.claimed-points-must-be", "điểm tự chấm phải là một số từ 0 đến {0} điểm của tiêu chí, tối đa 2 chữ số thập phân{1}, không phải {2}"),
        ("scoring.points-multiple-of", ", là bội số của {0}"),
        ("scoring.appraisal-round-twice", "Không chấm được tiêu chí: vòng thẩm định {0} được ghi hai lần, không biết điểm nào là điểm cuối cùng. Ghi mỗi vòng một lần."),
        ("scoring.the-appraisal-round", "vòng thẩm định {0}"),
        ("scoring.the-claim", "điểm tự chấm"),
        ("scoring.points-unusable", "Không chấm được tiêu chí: {0} cho {1} điểm; {2}. Sửa lại điểm."),
        // Scoring/HintWriter.cs
        ("scoring.judged-not-given", "Tiêu chí do hội đồng thẩm định chấm, chưa có điểm thẩm định hay điểm tự chấm: hãy tự chấm, kèm tài liệu kiểm chứng."),
        ("scoring.judged-provisional", "Tiêu chí do hội đồng thẩm định chấm; điểm tạm tính theo điểm tự chấm: {0}/{1}, chờ thẩm định."),
        ("scoring.responsibility", "Chủ trì: {0}; phối hợp: {1}; thời hạn: {2}."),
        // Scoring/CriterionResults.cs
        ("scoring.appraised-in-round", "Thẩm định vòng {0}: {1}/{2} điểm. {3}"),

        // Scoring/CriterionResults.cs: a criterion the engine could not score
        ("scoring.engine-overflow", "Không chấm được tiêu chí: số liệu quá lớn, không tính được. Kiểm tra lại số liệu."),
        ("scoring.engine-failure", "Không chấm được tiêu chí do lỗi khi tính: {0}. Kiểm tra lại số liệu."),
    ];
}
