using System.Text;

namespace ParIndex.Rules.Cli;

/// <summary>
/// The screen, held back while a run is recorded: what is written before the recording ends is kept, shown once the
/// store holds the run, and the rest goes straight through; if the store refuses the run, nothing is shown.
/// </summary>
/// <remarks>
/// The screen cannot take a report back, and the run is recorded on the other core while its report is written. The
/// recording usually ends a third of the way into the whole country's table, so about a third is held, and all of it
/// (24 MB of text) only when the store keeps the run waiting behind another writer. Spooled whole to a temporary file
/// and copied after, a report sent to a file went to disk twice. Written by one thread; the recording is only read.
/// </remarks>
internal sealed class HeldWriter : TextWriter
{
    private readonly TextWriter _screen;
    private readonly Task _recording;
    private StringBuilder? _held = new();
    private bool _through;

    /// <param name="screen">Where the report is shown.</param>
    /// <param name="recording">The recording of the run, which decides whether the report is shown.</param>
    public HeldWriter(TextWriter screen, Task recording)
        : base(screen.FormatProvider)
    {
        _screen = screen;
        _recording = recording;
        NewLine = screen.NewLine;
    }

    /// <inheritdoc/>
    public override Encoding Encoding => _screen.Encoding;

    /// <inheritdoc/>
    public override void Write(char value)
    {
        if (Through())
        {
            _screen.Write(value);
        }
        else
        {
            _held?.Append(value);
        }
    }

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (Through())
        {
            _screen.Write(buffer);
        }
        else
        {
            _held?.Append(buffer);
        }
    }

    /// <inheritdoc/>
    public override void Write(string? value) => Write(value.AsSpan());

    /// <inheritdoc/>
    public override void Flush()
    {
        if (Through())
        {
            _screen.Flush();
        }
    }

    /// <summary>Once the recording has ended: shows what is held if the store holds the run, or drops it.</summary>
    /// <exception cref="InvalidOperationException">The recording has not ended.</exception>
    public void Release()
    {
        if (!_recording.IsCompleted)
        {
            throw new InvalidOperationException("The report is released once the run's recording has ended.");
        }

        Flush();
    }

    /// <summary>Whether writes go to the screen: not while the run is being recorded, nor ever if its recording failed.</summary>
    private bool Through()
    {
        if (_held is null || !_recording.IsCompleted)
        {
            return _through;
        }

        _through = _recording.IsCompletedSuccessfully;
        if (_through)
        {
            foreach (var chunk in _held.GetChunks())
            {
                _screen.Write(chunk.Span);
            }
        }

        _held = null;
        return _through;
    }
}
