using System.Reflection;
using System.Runtime.CompilerServices;
using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Authoring;

public class SharedStateTests
{
    [Fact]
    public void Library_StaticFields_AreAllReadOnly()
    {
        // A static field that can be reassigned is state shared by every thread and every scorer. The
        // compiler's own lambda caches are written once with an equal value, so they do not count.
        var writable = typeof(Scorer).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<CompilerGeneratedAttribute>() is null && !t.Name.Contains('<', StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly && !f.IsLiteral && !f.Name.Contains('<', StringComparison.Ordinal))
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}");

        writable.Should().BeEmpty();
    }

    [Fact]
    public void Library_StaticFields_HoldNoCacheThatGrows()
    {
        // A read-only field can still hold a collection made to be written from many threads: a process-wide cache
        // (hint templates were kept so) is state that outlives the scorer and every reload. Parse at load instead.
        var caches = typeof(Scorer).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => f.FieldType.Namespace == "System.Collections.Concurrent"
                || (f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition() == typeof(ConditionalWeakTable<,>)))
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}");

        caches.Should().BeEmpty();
    }

    [Fact]
    public void Scorer_InstanceFields_AreAllReadOnly()
    {
        var writable = typeof(Scorer).GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(f => !f.IsInitOnly)
            .Select(f => f.Name);

        writable.Should().BeEmpty("a compiled scorer is shared by every thread that scores with it");
    }
}
