using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ParIndex.Rules.Hosting;

/// <summary>Registers ParIndex.Rules in an application's services, as Polly's and FluentValidation's registrations do.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IParIndexRules"/> (a singleton) and, for a folder, the watcher that reloads it.</summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configure">Sets the options; the bundled <c>commune-2025</c> when null.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddParIndexRules(this IServiceCollection services, Action<ParIndexRulesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ParIndexRulesOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        // A zero or negative wait made every event reload at once, and one past a timer's range threw inside the
        // watcher's callback: refused where the options are read, naming the setting.
        options.Validate(
            o => o.Debounce > TimeSpan.Zero && o.Debounce <= ParIndexRulesOptions.MaxDebounce,
            $"ParIndexRules:Debounce must be above zero and at most {ParIndexRulesOptions.MaxDebounce:c} (for example \"00:00:00.500\").")
            .ValidateOnStart();

        services.AddSingleton<IParIndexRules, ParIndexRules>();
        services.AddHostedService<RuleSetWatcher>();
        return services;
    }

    /// <summary>Registers ParIndex.Rules with its options bound from a configuration section (such as <c>ParIndexRules</c>).</summary>
    /// <param name="services">The application's services.</param>
    /// <param name="section">The section holding <see cref="ParIndexRulesOptions"/>'s fields.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddParIndexRules(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        services.AddParIndexRules();
        services.Configure<ParIndexRulesOptions>(section);
        return services;
    }

    /// <summary>Adds the health check: healthy with the serving rule set's id, version and hash; degraded while the last reload was refused.</summary>
    /// <param name="builder">The application's health checks.</param>
    /// <param name="name">The check's name.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IHealthChecksBuilder AddParIndexRules(this IHealthChecksBuilder builder, string name = "parindex-rules")
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddCheck<ParIndexRulesHealthCheck>(name, HealthStatus.Degraded);
    }
}

/// <summary>Reports what serves, and a refused reload as degraded (the last good version still serves).</summary>
internal sealed class ParIndexRulesHealthCheck(IParIndexRules rules) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var serving = rules.Current.RuleSet;
        var data = new Dictionary<string, object>
        {
            ["id"] = serving.Id,
            ["version"] = serving.Version,
            ["hash"] = serving.ContentHash,
        };
        if (rules.LastRefused is { } refused)
        {
            data["lastRefused"] = refused.ToString();
            return Task.FromResult(HealthCheckResult.Degraded($"Serving {serving.Id} {serving.Version}; the last reload was refused.", data: data));
        }

        return Task.FromResult(HealthCheckResult.Healthy($"Serving {serving.Id} {serving.Version}.", data));
    }
}
