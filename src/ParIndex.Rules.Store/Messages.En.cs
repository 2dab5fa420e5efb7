namespace ParIndex.Rules.Store;

internal static partial class Messages
{
    /// <summary>The English of every message, by key.</summary>
    private static (string Key, string Text)[] En =>
    [
        ("store.locked", "is locked by another program that kept it busy longer than a write waits; close it (a database viewer, another run) and try again. Nothing was written."),
        ("store.disk-full", "could not be written: the disk is full. Nothing of this run was kept; free some space and run again."),
        ("store.io-error", "could not be written or read: the system refused it (a full disk or quota, a drive or share gone). Nothing of this run was kept; check the disk and run again."),
        ("store.read-only", "cannot be created or written: its folder is read-only or missing. Give --db a file in a folder you can write."),
        ("store.not-sqlite", "is not a SQLite database (or is damaged); give --db a new file name, or the store the tool made. It was left as it is."),
        ("store.failed", "failed: {0}"),
        ("store.the-store", "The store '{0}' {1}"),
        ("store.same-name-another-hash", "already holds {0} {1} with hash {2}; this one is {3}. Two sets may not share a name: give this one a new version."),
        ("store.rule-set-no-longer-reads", "holds the rule set {0} altered: it no longer reads ({1}). The record cannot be trusted; restore the store from a copy."),
        ("store.rule-set-hashes-otherwise", "holds the rule set {0} altered: read back it hashes {1}. The record cannot be trusted; restore the store from a copy."),
        ("store.not-a-parindex-store", "is not a parindex store (another program's database); give --db a new file name, or the store the tool made."),
        ("store.newer-schema", "was made by a newer parindex (schema {0}; this one reads up to {1}); update the tool, or give --db another file. It was left as it is."),
    ];
}
