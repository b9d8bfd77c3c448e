using System.Globalization;
using Bunit;
using Portal.Components.Dashboard;
using Portal.Dashboard;

namespace Portal.Tests.Components.Dashboard;

public class WeeklyChartTests
{
    [Fact]
    public void Bar_coordinates_are_written_with_a_decimal_point_under_the_indonesian_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("id-ID");
        try
        {
            using var ctx = new BunitContext();
            var monday = new DateOnly(2026, 11, 2);
            var cut = ctx.Render<WeeklyChart>(p => p.Add(x => x.Weeks, [new WeekCount(monday, 3, 7), new WeekCount(monday.AddDays(7), 0, 0)]));

            var bars = cut.FindAll("rect");
            Assert.Equal(4, bars.Count);
            foreach (var bar in bars)
                foreach (var attribute in new[] { "y", "height" })
                    Assert.True(double.TryParse(bar.GetAttribute(attribute), NumberStyles.Float, CultureInfo.InvariantCulture, out _),
                        $"{attribute}=\"{bar.GetAttribute(attribute)}\" is not an SVG number");
            // 3 of a maximum of 7 is 47.14 units tall, drawn from y 72.86.
            Assert.Equal("72.86", bars[0].GetAttribute("y"));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
