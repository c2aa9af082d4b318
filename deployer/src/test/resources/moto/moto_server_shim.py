"""Test-only launcher: moto_server with one shim, Fn::GetAtt [NestedStack, Outputs.Name].

moto 5.2.5 creates nested stacks (AWS::CloudFormation::Stack from an S3 TemplateURL) but its Stack
model has no get_cfn_attribute, so a parent reading a nested stack's output fails with
"'Stack' object has no attribute 'get_cfn_attribute'" (getmoto/moto#6020). This adds exactly that
attribute; everything else is moto as installed. Arguments are moto_server's.
"""

import sys

from moto.cloudformation.exceptions import UnformattedGetAttTemplateException
from moto.cloudformation.models import Stack
from moto.server import main

OUTPUTS = "Outputs."


def get_cfn_attribute(self, attribute_name):
    if attribute_name.startswith(OUTPUTS):
        output = self.output_map.get(attribute_name[len(OUTPUTS):])
        if output is not None:
            return output.value
    raise UnformattedGetAttTemplateException()


if __name__ == "__main__":
    Stack.get_cfn_attribute = get_cfn_attribute
    sys.exit(main())
