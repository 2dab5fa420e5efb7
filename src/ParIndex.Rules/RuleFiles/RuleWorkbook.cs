namespace ParIndex.Rules;

/// <summary>
/// The layout of a rule set as one workbook, laid out like a decision's appendix: the sheets and their columns, each
/// with its Vietnamese heading and the field of the rule files it holds. The reader and the writer share it, so a
/// column can never be written under one heading and read under another.
/// </summary>
/// <remarks>
/// Each sheet is a table: one heading row, then one row per item. Texts have a Vietnamese column and an English one
/// ("… (tiếng Anh)"). The criteria sheet has one row per band: a criterion starts on the row that gives its id, a part
/// on the row that gives its points, and every other row adds a band to the part above. The cases sheet has one row
/// per figure a case gives, a case starting on the row that gives its name. Words such as <c>step</c> or
/// <c>rate</c> are the rule files' own, so the two forms say exactly the same.
/// </remarks>
internal static class RuleWorkbook
{
    public const string RuleSet = "Bộ quy tắc", Areas = "Lĩnh vực", Classes = "Xếp loại", UnitTypes = "Loại đơn vị", Offices = "Đơn vị thực hiện",
        Sipas = "SIPAS", Indicators = "Chỉ tiêu", Criteria = "Tiêu chí", Cases = "Tình huống";

    /// <summary>The rule set sheet's columns, and the items its rows give (in its first column).</summary>
    public const string Item = "Mục", Value = "Giá trị", English = "Tiếng Anh";

    public const string Id = "Mã", Title = "Tên", TitleEn = "Tên (tiếng Anh)", Version = "Phiên bản", PeriodFrom = "Kỳ đánh giá từ", PeriodTo = "Kỳ đánh giá đến",
        ValidFrom = "Hiệu lực từ", ValidTo = "Hiệu lực đến", Level = "Cấp", TotalPoints = "Tổng điểm", NotApplicable = "Khi không áp dụng",
        MinTotal = "Mục tiêu tổng điểm", MinSipas = "Mục tiêu SIPAS", Seal = "Niêm phong (mã băm)";

    /// <summary>The rule set sheet's items, in the order they are written.</summary>
    public static readonly IReadOnlyList<string> Items = [Id, Title, Version, PeriodFrom, PeriodTo, ValidFrom, ValidTo, Level, TotalPoints, NotApplicable, MinTotal, MinSipas, Seal];

    /// <summary>Items that may be left out (each has a default, or is absent from a set without it).</summary>
    public static readonly IReadOnlyList<string> OptionalItems = [ValidFrom, ValidTo, NotApplicable, Seal];

    public const string MaxPoints = "Điểm tối đa", Kind = "Loại", Class = "Xếp loại", MinTotalOfClass = "Từ tổng điểm", Spellings = "Cách viết khác",
        Numerator = "Tử số", Denominator = "Mẫu số", Type = "Kiểu", Merge = "Khi gộp";

    public static readonly IReadOnlyList<string> AreaColumns = [Id, Title, TitleEn, MaxPoints, Kind];
    public static readonly IReadOnlyList<string> ClassColumns = [Class, MinTotalOfClass];
    public static readonly IReadOnlyList<string> UnitTypeColumns = [Id, Title, TitleEn];
    public static readonly IReadOnlyList<string> OfficeColumns = [Id, Title, TitleEn, Spellings];
    public static readonly IReadOnlyList<string> SipasColumns = [Id, Title, TitleEn, Numerator, Denominator];
    public static readonly IReadOnlyList<string> IndicatorColumns = [Id, Title, TitleEn, Type, Merge];

    // The criteria sheet: the criterion's columns, then the part's, then the band's.
    public const string Area = "Lĩnh vực", Criterion = "Tiêu chí", Requirement = "Yêu cầu", RequirementEn = "Yêu cầu (tiếng Anh)", Lead = "Chủ trì",
        Support = "Phối hợp", DeadlineDate = "Hạn (ngày)", Deadline = "Hạn", DeadlineEn = "Hạn (tiếng Anh)", AppliesTo = "Áp dụng cho",
        Judged = "Chấm theo đánh giá", Step = "Bước điểm";

    public const string PartId = "Mã phần", Label = "Nhãn phần", LabelEn = "Nhãn phần (tiếng Anh)", PartPoints = "Điểm phần", ValueKind = "Cách tính",
        Input = "Chỉ tiêu", SecondInput = "Chỉ tiêu thứ hai", Op = "Phép so sánh", Threshold = "Ngưỡng yêu cầu", Scale = "Thang điểm",
        ScaleThreshold = "Ngưỡng thang", ZeroBelow = "Dưới mức này 0 điểm", PointsPerEvent = "Điểm mỗi lần", ZeroDenominator = "Khi mẫu số bằng 0",
        BandMin = "Từ mức", BandPoints = "Điểm mức", Hint = "Gợi ý", HintEn = "Gợi ý (tiếng Anh)";

    public static readonly IReadOnlyList<string> CriterionColumns =
        [Area, Criterion, Title, TitleEn, Requirement, RequirementEn, Lead, Support, DeadlineDate, Deadline, DeadlineEn, MaxPoints, AppliesTo, Judged, Step];

    public static readonly IReadOnlyList<string> PartColumns =
        [PartId, Label, LabelEn, PartPoints, ValueKind, Input, SecondInput, Op, Threshold, Scale, ScaleThreshold, ZeroBelow, PointsPerEvent, ZeroDenominator];

    public static readonly IReadOnlyList<string> BandColumns = [BandMin, BandPoints];

    public static readonly IReadOnlyList<string> HintColumns = [Hint, HintEn];

    /// <summary>Every column of the criteria sheet, in the order written: the hint last, as it is the longest.</summary>
    public static readonly IReadOnlyList<string> CriteriaColumns = [.. CriterionColumns, .. PartColumns, .. BandColumns, .. HintColumns];

    public const string CaseName = "Tình huống", CaseType = "Loại đơn vị", Claim = "Tự chấm", Appraisal = "Thẩm định", Status = "Trạng thái mong đợi",
        Points = "Điểm mong đợi", Given = "Giá trị";

    public static readonly IReadOnlyList<string> CaseColumns = [Criterion, CaseName, CaseType, Claim, Appraisal, Status, Points, Input, Given];

    /// <summary>How a part's value is worked out, in the <see cref="ValueKind"/> column: one indicator, a rate, a difference.</summary>
    public const string OfIndicator = "indicator", OfRate = "rate", OfDifference = "difference";

    /// <summary>A case's figure that is a JSON object or array (a case that checks such a figure is refused): written as these words.</summary>
    public const string AnObject = "{}", AnArray = "[]";

    /// <summary>Lists in one cell (spellings, unit types) put one item on each line.</summary>
    public const char ListSeparator = '\n';
}
