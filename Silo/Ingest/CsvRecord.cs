namespace Philly311.Ops.Silo.Ingest;

/// <summary>
/// One CSV record as <see cref="CsvRowScanner"/> read it: its fields' bytes (valid until the next record is read), or why
/// it was refused. <see cref="ErrorColumn"/> is the column to blame, or -1 for the whole row.
/// </summary>
public sealed class CsvRecord
{
    private readonly List<(int Start, int Length)> _fields = [];

    public byte[] Bytes { get; internal set; } = [];

    public string? Error { get; internal set; }

    public int ErrorColumn { get; internal set; } = -1;

    public int FieldCount => _fields.Count;

    public ReadOnlySpan<byte> Field(int column) => Bytes.AsSpan(_fields[column].Start, _fields[column].Length);

    internal void Clear()
    {
        _fields.Clear();
        Error = null;
        ErrorColumn = -1;
    }

    internal void Add(int start, int length) => _fields.Add((start, length));

    internal void Fail(string error, int column)
    {
        // The first problem names the row; later ones in the same row add nothing the sender needs.
        if (Error is not null) return;
        Error = error;
        ErrorColumn = column;
    }
}
