using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using ParIndex.Rules;
using ParIndex.Rules.Hosting;

// A consumer of the integration package: registered in one call, the bundled 2025 set serving, a health report.
var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddParIndexRules();
builder.Services.AddHealthChecks().AddParIndexRules();
using var app = builder.Build();
var rules = app.Services.GetRequiredService<IParIndexRules>();
var health = await app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

// A commune that reported nothing: every criterion lacks data, so 0 points.
var scorer = rules.Current;
var card = scorer.Score(new IndicatorSnapshot("x", "X", new Dictionary<string, IndicatorValue>()));
Console.WriteLine($"{rules.Current.RuleSet.Id} {health.Status} {card.Total}");
