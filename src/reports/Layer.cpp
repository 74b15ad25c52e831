// placeholder until the layer has classes
