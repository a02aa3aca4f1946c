using System.Buffers.Binary;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Netpicking.Core.Storage.Conversions;

/// <summary>Stores a small int array (the confusion matrix) as one little-endian blob, 4 bytes a value.</summary>
public sealed class Int32ArrayToBytesConverter() : ValueConverter<int[], byte[]>(v => ToBytes(v), v => FromBytes(v))
{
    public static byte[] ToBytes(int[] values)
    {
        var bytes = new byte[values.Length * sizeof(int)];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * sizeof(int)), values[i]);
        }

        return bytes;
    }

    public static int[] FromBytes(byte[] bytes)
    {
        var values = new int[bytes.Length / sizeof(int)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(i * sizeof(int)));
        }

        return values;
    }
}
