using Xunit;

// One sample server starting at a time. Started at once in one process, two of them sometimes bound Kestrel's default
// port 5000 instead of the port asked for, and the next failed to bind it (WebApplicationFactory finds a minimal
// API's host by listening for the next host the process builds, which concurrent starts can confuse).
[assembly: CollectionBehavior(DisableTestParallelization = true)]
