'abcd'.Length
@('ab', 'cde').Length
