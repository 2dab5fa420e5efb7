using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Model;

public class HintTemplateTests
{
    [Fact]
    public void Segments_ManyDistinctTemplates_KeepsTheCacheBounded()
    {
        // A host reloading edited rule sets for months sees ever new templates: the cache must not grow with them.
        for (var i = 0; i < HintTemplate.MaxCached + 500; i++)
        {
            HintTemplate.Segments($"Tỷ lệ {{actual}} < {{required}}, lần sửa {i}");
        }

        HintTemplate.CachedCount.Should().BeLessThanOrEqualTo(HintTemplate.MaxCached);
        HintTemplate.Segments("a {actual} b").Should().Equal(new HintTemplate.Segment(0, 2, false), new HintTemplate.Segment(3, 6, true), new HintTemplate.Segment(10, 2, false));
    }
}
