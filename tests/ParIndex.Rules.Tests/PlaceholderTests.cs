namespace ParIndex.Rules.Tests; public class PlaceholderTests { [Xunit.Fact] public void A_B_C() { } }
