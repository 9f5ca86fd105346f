"""The UCINET DL parser on small files written here from UCINET's manual (section "DL"):
each expected tie is read off the file on the same screen."""

import pytest

from mapper.io import ImportFailed
from mapper.io.sna import parse_dl


@pytest.mark.parametrize(
    ("text", "labels", "links"),
    [
        pytest.param(
            "dl n=3\nformat = fullmatrix\nlabels:\nAnn,Bob,Cy\ndata:\n0 1 0\n0 0 2\n1 0 0\n",
            ["Ann", "Bob", "Cy"],
            [(0, 1, 1.0), (1, 2, 2.0), (2, 0, 1.0)],
            id="fullmatrix-listed-labels",
        ),
        pytest.param(
            "DL N=2\nDATA:\n0 1\n0 0\n",
            ["1", "2"],
            [(0, 1, 1.0)],
            id="fullmatrix-is-the-default-layout",
        ),
        pytest.param(
            'dl n=2 format=fm\nlabels:\n"Age UK" "Leeds Council"\ndata:\n0,1\n1,0\n',
            ["Age UK", "Leeds Council"],
            [(0, 1, 1.0), (1, 0, 1.0)],
            id="quoted-labels-and-commas",
        ),
        pytest.param(
            "dl n=3\nformat = edgelist1\nlabels embedded\ndata:\nAnn Bob 0.5\nbob cy\n",
            ["Ann", "Bob", "cy"],
            [(0, 1, 0.5), (1, 2, 1.0)],
            id="edgelist1-embedded-names-any-case",
        ),
        pytest.param(
            "dl n=4\nformat = nodelist1\ndata:\n1 2 3 4\n4 1\n",
            ["1", "2", "3", "4"],
            [(0, 1, 1.0), (0, 2, 1.0), (0, 3, 1.0), (3, 0, 1.0)],
            id="nodelist1-by-number",
        ),
    ],
)
def test_dl_layouts(text, labels, links):
    network = parse_dl(text)
    assert network.labels == labels
    assert network.links == links


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("dl n=2\n0 1\n1 0\n", "needs a 'data:' line"),
        ("dl format = edgelist1\ndata:\n1 2\n", "needs 'n='"),
        ("dl n=2\ndata:\n0 1\n1\n", "a 2 by 2 matrix needs 4 values; found 3"),
        ("dl n=2\ndata:\n0 1\n1 x\n", "line 4: expected a number, found 'x'"),
        ("dl n=2\nformat = edgelist1\ndata:\n1 3\n", "line 4: actor 3 is not between 1 and 2"),
        ("dl n=2\nformat = edgelist1\ndata:\n1 2 3 4\n", "line 4: expected 'from to'"),
        ("dl n=3\nlabels:\nAnn, Bob\ndata:\n", "'labels:' lists 2 names but n=3"),
        ("dl n=2\ndiagonal = absent\ndata:\n1\n1\n", "with the diagonal absent is not read"),
    ],
)
def test_dl_mistakes_are_named_with_their_line(text, message):
    with pytest.raises(ImportFailed) as caught:
        parse_dl(text)
    assert str(caught.value).startswith("network.dl: ")
    assert message in str(caught.value)
